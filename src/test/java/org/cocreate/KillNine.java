package org.cocreate;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * For the crash tests: runs a child JVM (the application on an H2 file) that prints "ACK key" once each
 * change has committed, collects the acknowledged keys, and kills it with SIGKILL (kill -9: no shutdown hook,
 * no flush, no closing of the database) after {@code killAfter} acknowledgements.
 */
public final class KillNine {

    private static final int DEADLINE_MINUTES = 5;

    private KillNine() {
    }

    /** What a crash child does once the application is up on the H2 file: change things until it is killed. */
    @FunctionalInterface
    public interface ChildBody {
        void run(ConfigurableApplicationContext context, String round) throws Exception;
    }

    /**
     * A crash child's main: the application (profiles demo and test) on the H2 file args[0], then the body
     * with the round args[1]. A child that fails says why and ends, rather than staying alive on its web
     * server's threads.
     */
    public static void child(String[] args, ChildBody body) {
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .profiles("demo", "test")
                    .run("--cocreate.test.keep-datasource=true", "--server.port=0",
                            "--spring.datasource.url=jdbc:h2:file:" + args[0] + ";WRITE_DELAY=0",
                            "--logging.level.root=warn");
            body.run(context, args[1]);
        } catch (Throwable failure) {
            failure.printStackTrace(System.out);
            System.exit(1);
        }
    }

    public static void signIn(ConfigurableApplicationContext context, String username) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The child's other output, the last lines of it, to explain a round that acknowledged nothing. */
    public record Round(int acknowledged, String lastOutput) {
    }

    public static Round runAndKill(Class<?> child, List<String> arguments, Set<String> acknowledged, int killAfter)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), child.getName()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // A child that hangs (say it failed to start but its web server keeps the JVM alive) must not hang
        // the build: it is killed after a deadline, and the round then reports what it printed.
        Thread.ofVirtual().start(() -> {
            try {
                if (!process.waitFor(DEADLINE_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        });
        Deque<String> output = new ArrayDeque<>();
        int acked = 0;
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("ACK ")) {
                    output.addLast(line);
                    if (output.size() > 40) {
                        output.removeFirst();
                    }
                } else {
                    acknowledged.add(line.substring(4));
                    if (++acked >= killAfter) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return new Round(acked, String.join("\n", output));
    }
}
