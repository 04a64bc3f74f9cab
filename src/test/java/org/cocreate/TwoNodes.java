package org.cocreate;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A sub-district served by two app nodes, as the README's "several nodes": two Spring Boot applications
 * (the whole app, web server on a random port each) in this JVM on ONE embedded PostgreSQL database.
 * Node A starts on the empty database and loads the demo; node B starts after it on the same data.
 * Started once per test JVM for every test class that asks for it ({@link Shared}), closed at the end.
 */
public final class TwoNodes implements AutoCloseable {

    /**
     * One security-context strategy for both nodes. Each Spring context would install a Vaadin strategy of
     * its own, with a thread-local of its own, as the JVM-wide one (see SecurityContextPerSpringContext):
     * the later node's would then hide who signed in on the earlier node from the code that asks
     * {@code SecurityContextHolder}. In production each node is a JVM of its own.
     */
    private static final SecurityContextHolderStrategy SECURITY = new VaadinAwareSecurityContextHolderStrategy();

    public final ConfigurableApplicationContext a;
    public final ConfigurableApplicationContext b;
    public final Duration startOfA;
    public final Duration startOfB;
    private final EmbeddedPostgres postgres;

    private TwoNodes(EmbeddedPostgres postgres, ConfigurableApplicationContext a, Duration startOfA,
            ConfigurableApplicationContext b, Duration startOfB) {
        this.postgres = postgres;
        this.a = a;
        this.b = b;
        this.startOfA = startOfA;
        this.startOfB = startOfB;
    }

    static TwoNodes start() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database cocreate_nodes");
        }
        String url = postgres.getJdbcUrl("postgres", "cocreate_nodes");
        long started = System.nanoTime();
        ConfigurableApplicationContext a = node(url);
        Duration startOfA = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        ConfigurableApplicationContext b = node(url);
        Duration startOfB = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Two nodes on one PostgreSQL: A started in %d s (demo loaded), B in %d s%n",
                startOfA.toSeconds(), startOfB.toSeconds());
        return new TwoNodes(postgres, a, startOfA, b, startOfB);
    }

    private static ConfigurableApplicationContext node(String url) {
        return new SpringApplicationBuilder(Application.class).profiles("demo", "test")
                .initializers(context -> context.getBeanFactory().registerSingleton(
                        "twoNodesSecurityContextHolderStrategy", SECURITY))
                .run("--cocreate.test.keep-datasource=true", "--server.port=0",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        // The tests fire the jobs themselves, on both nodes at once.
                        "--cocreate.points.posting-initial-delay=PT24H", "--cocreate.points.expiry-cron=-");
    }

    public static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Override
    public void close() throws Exception {
        try {
            b.close();
            a.close();
        } finally {
            postgres.close();
        }
    }

    /**
     * Gives a test class the two nodes: {@code @ExtendWith(TwoNodes.Shared.class)} and a {@code TwoNodes}
     * parameter (of a {@code @BeforeAll} method, say). Started at the first request, closed when the run ends.
     */
    public static final class Shared implements ParameterResolver, BeforeEachCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TwoNodes.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TwoNodes.class;
        }

        /** Another test's Spring context may have installed its strategy since. */
        @Override
        public void beforeEach(ExtensionContext context) {
            SecurityContextHolder.setContextHolderStrategy(SECURITY);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            SecurityContextHolder.setContextHolderStrategy(SECURITY);
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(TwoNodes.class, type -> {
                try {
                    return start();
                } catch (Exception e) {
                    throw new IllegalStateException("The two nodes did not start", e);
                }
            }, TwoNodes.class);
        }
    }
}
