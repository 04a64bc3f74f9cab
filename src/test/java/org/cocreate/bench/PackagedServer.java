package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar in production mode with the demo data, in a JVM of its own, for the benchmarks that measure
 * the server while real browsers use it: its heap then holds nothing of the browser driver. The database is an
 * H2 file in the server's JVM (the default deployment) or, with {@code -Dbench.database=postgres}, an embedded
 * PostgreSQL, a process of its own, so that the database's caches are not in the heap measured. The benchmark
 * reads the demo's ids from the same database (AUTO_SERVER lets it open the H2 file the server has open).
 */
final class PackagedServer implements AutoCloseable {

    /** Let the browsers' idle keep-alive connections close (Tomcat's timeout, 60 s) before a histogram. */
    private static final Duration SETTLE = Duration.ofSeconds(65);

    private final Process process;
    private final @Nullable EmbeddedPostgres embedded;
    private final String database;
    private final String user;
    private final String base;

    private PackagedServer(Process process, @Nullable EmbeddedPostgres embedded, String database, String user,
            String base) {
        this.process = process;
        this.embedded = embedded;
        this.database = database;
        this.user = user;
        this.base = base;
    }

    /** Starts the jar on a free port with a fresh database under target/bench/{name}. */
    static PackagedServer start(String name) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Path.of("target", "bench", name);
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        boolean postgres = postgres();
        EmbeddedPostgres embedded = postgres ? EmbeddedPostgres.builder().start() : null;
        String database = embedded != null ? embedded.getJdbcUrl("postgres", "postgres")
                : "jdbc:h2:file:" + data.resolve("data").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        String user = embedded != null ? "postgres" : "sa";
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("cocreate-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the jar first"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toAbsolutePath().toString(),
                "--spring.profiles.active=demo" + (postgres ? ",postgres" : ""), "--vaadin.productionMode=true",
                "--server.port=" + port, "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + user, "--spring.datasource.password=")
                .redirectErrorStream(true).redirectOutput(new File("target/bench/" + name + "-server.log")).start();
        return new PackagedServer(process, embedded, database, user, "http://localhost:" + port + "/");
    }

    static boolean postgres() {
        return "postgres".equals(System.getProperty("bench.database"));
    }

    static String databaseName() {
        return postgres() ? "PostgreSQL" : "H2 file";
    }

    /** Headless Chromium of the machine (apt's, or -Dchromium.path). */
    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    String url(String path) {
        return base + path;
    }

    /**
     * Waits (at most 3 minutes) until the login page answers and {@code ready} finds what the benchmark needs
     * of the demo data (empty: not loaded yet).
     */
    <T> T awaitDemo(Function<JdbcClient, Optional<T>> ready) throws InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            assertThat(process.isAlive()).as("the server stays up; see its log under target/bench").isTrue();
            assertThat(System.nanoTime()).as("the demo is ready within 3 minutes").isLessThan(deadline);
            try {
                var login = http.send(HttpRequest.newBuilder(URI.create(base + "login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (login.statusCode() == 200) {
                    Optional<T> found = jdbc(ready);
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            } catch (IOException | SQLException | DataAccessException e) {
                // Not up yet, or the demo data not loaded yet.
            }
            Thread.sleep(500);
        }
    }

    /** Reads (or, for a fixture the screens cannot make, writes) the server's database. */
    <T> T jdbc(Function<JdbcClient, T> work) throws SQLException {
        try (var connection = DriverManager.getConnection(database, user, "")) {
            return work.apply(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        }
    }

    /**
     * Bytes of live objects per class in the server, and "Total": jcmd's class histogram, which runs a full
     * GC first, so that only what is still reachable counts (G1's filler arrays left out). Taken after the
     * browsers' idle connections closed, the least of three 15 s apart: the first full GC after a quiet minute
     * can still count several MB that the next one frees (what waits for a Cleaner, such as closed
     * connections' buffers), and that belongs to no screen; runs with a single histogram jumped by 2 to 7 MB of
     * byte[] that the heap dump taken right after did not have.
     */
    Map<String, Long> histogram() throws Exception {
        Thread.sleep(SETTLE.toMillis());
        Map<String, Long> least = null;
        List<Long> totals = new ArrayList<>();
        for (int sample = 0; sample < 3; sample++) {
            if (sample > 0) {
                Thread.sleep(Duration.ofSeconds(15).toMillis());
            }
            Map<String, Long> bytes = histogramNow();
            totals.add(bytes.get("Total") / 1024);
            if (least == null || bytes.get("Total") < least.get("Total")) {
                least = bytes;
            }
        }
        System.out.printf("live heap of three histograms: %s KB; the least counts%n", totals);
        // -Dbench.heapDump=true: a heap dump beside the histograms, to find what holds a growth.
        if (Boolean.getBoolean("bench.heapDump")) {
            Path dump = Path.of("target", "bench", "heap-" + System.currentTimeMillis() + ".hprof").toAbsolutePath();
            Process dumping = new ProcessBuilder(jcmd(), String.valueOf(process.pid()), "GC.heap_dump",
                    dump.toString()).redirectErrorStream(true).start();
            dumping.getInputStream().transferTo(System.out);
            assertThat(dumping.waitFor(2, TimeUnit.MINUTES)).isTrue();
        }
        return least;
    }

    private Map<String, Long> histogramNow() throws Exception {
        Process jcmd = new ProcessBuilder(jcmd(), String.valueOf(process.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Map<String, Long> bytes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                bytes.put(parts[3], Long.parseLong(parts[2]));
            } else if (parts.length >= 3 && parts[0].equals("Total")) {
                bytes.put("Total", Long.parseLong(parts[2]));
            }
        }
        assertThat(bytes).as("jcmd's histogram:%n%s", text).containsKey("Total");
        // G1 fills the dead ends of its regions with filler arrays to keep the heap walkable; the histogram
        // lists them as a class (jdk.internal.vm.FillerElement[]), but nothing holds them: not live heap.
        long filler = bytes.entrySet().stream().filter(e -> e.getKey().contains("jdk.internal.vm.Filler"))
                .mapToLong(Map.Entry::getValue).sum();
        bytes.put("Total", bytes.get("Total") - filler);
        return bytes;
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    /** Where the memory went between two histograms: the 15 classes that grew most. */
    static void printGrowth(Map<String, Long> before, Map<String, Long> after) {
        after.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %,12d bytes  %s%n", e.getValue(), e.getKey()));
    }

    @Override
    public void close() throws Exception {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        if (embedded != null) {
            embedded.close();
        }
    }
}
