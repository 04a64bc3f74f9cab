package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up of the packaged jar, as an operator starts it: from launching java to the login page
 * answering. Three starts: production on an empty database (migrations, first admin), production again
 * (the everyday restart), and the demo on an empty database (2,000 residents loaded). Also the resident
 * memory after start. Run: ./mvnw -Pbench verify
 */
@Tag("bench")
class JarStartupBenchmarkIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @Test
    void packagedJarStartsAndAnswers() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("cocreate-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the jar first"));
        }
        Path data = Path.of("target", "bench", "startup");
        org.springframework.util.FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);

        System.out.println(BenchmarkStatistics.machine());
        System.out.printf("BENCH jarSize=%dMB%n", Files.size(jar) / (1024 * 1024));
        measure(jar, "prod", data.resolve("prod"), "jarStartup(prod, empty database)");
        measure(jar, "prod", data.resolve("prod"), "jarStartup(prod, restart)");
        measure(jar, "demo", data.resolve("demo"), "jarStartup(demo, empty database, loads demo data)");
    }

    private void measure(Path jar, String profile, Path database, String name) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toAbsolutePath().toString(),
                "--spring.profiles.active=" + profile, "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + ";WRITE_DELAY=0"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target/bench/startup-" + profile + ".log"));
        builder.environment().put("COCREATE_ADMIN_PASSWORD", "bench-admin-password-2026");
        builder.environment().put("COCREATE_SUBDISTRICT", "东城街道");
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            boolean up = false;
            while (!up && System.nanoTime() - started < Duration.ofMinutes(3).toNanos()) {
                assertThat(process.isAlive()).as("the app stays up; see target/bench/startup-%s.log", profile).isTrue();
                up = answers(port);
                if (!up) {
                    Thread.sleep(100);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(up).as("login page answers within 3 minutes").isTrue();
            System.out.printf("BENCH %s seconds=%.1f rssMB=%d%n", name, seconds, residentMegabytes(process.pid()));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private boolean answers(int port) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    private static long residentMegabytes(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
