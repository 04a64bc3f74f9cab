package org.cocreate.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Server memory per open counter. The server is the packaged jar in production mode, with the demo data on
 * an H2 file, in a JVM of its own, so that its heap holds nothing of the browser driver. N tablets (browser
 * contexts in Chromium: each its own HTTP session, Vaadin session and UI with Push) open the counter's
 * bookmark, sign in as the counter, find a resident and put two items in the basket, and stay open. The
 * server's live heap (its class histogram, taken after a full GC) with them open, minus before, divided by N;
 * measured for two batches of N after a warm-up, the second once the server's caches have filled.
 * Run: ./mvnw -Pbench verify (it needs the jar, so it runs after package, as an integration test), or
 * ./mvnw verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CounterMemoryBenchmarkIT
 */
@Tag("bench")
class CounterMemoryBenchmarkIT {

    private static final int WARM_UP = 10;
    /** Two batches: the second shows the cost of a counter once the server's caches have filled. */
    private static final int BATCH = 20;
    private static final Duration SETTLE = Duration.ofSeconds(65);

    /** What the tablets need: the open redemption day of 文峰塔社区, a resident with points, two items. */
    private record Demo(long session, long resident, String name, List<Long> items) {
    }

    private String base = "";

    @Test
    void heapPerOpenCounter() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port + "/";
        Path data = Path.of("target", "bench", "memory");
        org.springframework.util.FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        // The database: an H2 file in the server's JVM (the default deployment), or with
        // -Dbench.database=postgres an embedded PostgreSQL, a process of its own, so that the database's
        // caches are not in the heap measured. AUTO_SERVER: this test reads the demo's ids from the H2 file
        // the server has open.
        boolean postgres = "postgres".equals(System.getProperty("bench.database"));
        EmbeddedPostgres embedded = postgres ? EmbeddedPostgres.builder().start() : null;
        String database = embedded != null ? embedded.getJdbcUrl("postgres", "postgres")
                : "jdbc:h2:file:" + data.resolve("counters").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        String user = embedded != null ? "postgres" : "sa";
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("cocreate-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("package the jar first"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toAbsolutePath().toString(),
                "--spring.profiles.active=demo" + (postgres ? ",postgres" : ""), "--vaadin.productionMode=true",
                "--server.port=" + port, "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + user, "--spring.datasource.password=")
                .redirectErrorStream(true).redirectOutput(new File("target/bench/memory-server.log")).start();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Demo demo = awaitDemo(server, database, user, port);
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));

            // Warm-up: the classes, caches and Push machinery of the first counters are no counter's share.
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                open.add(openCounter(browser, demo));
            }
            System.out.println(BenchmarkStatistics.machine());
            Map<String, Long> before = histogram(server.pid());
            long perCounter = 0;
            for (int batch = 1; batch <= 2; batch++) {
                for (int i = 0; i < BATCH; i++) {
                    open.add(openCounter(browser, demo));
                }
                Map<String, Long> after = histogram(server.pid());
                perCounter = (after.get("Total") - before.get("Total")) / BATCH;
                System.out.printf("BENCH counterMemory(production jar, %s, batch %d: %d more counters open, %d in"
                        + " all, each signed in with a resident and 2 items in the basket): live heap %,d KB before,"
                        + " %,d KB after, %,d KB per counter%n", postgres ? "PostgreSQL" : "H2 file", batch, BATCH,
                        open.size(), before.get("Total") / 1024, after.get("Total") / 1024, perCounter / 1024);
                printGrowth(before, after);
                before = after;
            }
            assertThat(perCounter).as("each open counter holds some memory on the server").isPositive();
            open.forEach(BrowserContext::close);
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private BrowserContext openCounter(Browser browser, Demo demo) {
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        Page page = tablet.newPage();
        page.setDefaultTimeout(60_000);
        // As a tablet at the counter starts its day: the counter's bookmark, the sign-in it asks for, and back.
        page.navigate(base + "exchange/counter/" + demo.session());
        page.locator("vaadin-login-form input[name='username']").fill(DemoUsers.COUNTER);
        page.locator("vaadin-login-form input[name='password']").fill(DemoUsers.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator("[data-testid='resident-search'] input").fill(demo.name());
        page.locator("[data-testid='resident-result-" + demo.resident() + "']").click();
        for (long item : demo.items()) {
            page.locator("[data-testid='counter-plus-" + item + "']").click();
            assertThat(page.locator("[data-testid='counter-count-" + item + "']")).hasText("1");
        }
        return tablet;
    }

    /** Waits (at most 3 minutes) until the login page answers and the demo's redemption day is there. */
    private static Demo awaitDemo(Process server, String database, String user, int port) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            assertThat(server.isAlive()).as("the server stays up; see target/bench/memory-server.log").isTrue();
            assertThat(System.nanoTime()).as("the demo is ready within 3 minutes").isLessThan(deadline);
            try {
                var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (login.statusCode() == 200) {
                    try (var connection = DriverManager.getConnection(database, user, "")) {
                        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                        List<Long> sessions = jdbc.sql("""
                                select s.id from redemption_session s join community c on c.id = s.community_id
                                where c.name = '文峰塔社区' and s.status = 'OPEN' order by s.id""")
                                .query(Long.class).list();
                        if (!sessions.isEmpty()) {
                            long session = sessions.getFirst();
                            Map<String, Object> resident = jdbc.sql("""
                                    select r.id, r.name from resident r join point_account a on a.resident_id = r.id
                                    where r.community_id = (select community_id from redemption_session where id = ?)
                                    order by a.balance desc, r.id limit 1""").param(session).query().singleRow();
                            List<Long> items = jdbc.sql("""
                                    select i.id from session_item s join exchange_item i on i.id = s.item_id
                                    where s.session_id = ? and i.stock >= 2 order by i.price limit 2""")
                                    .param(session).query(Long.class).list();
                            return new Demo(session, ((Number) resident.get("ID")).longValue(),
                                    (String) resident.get("NAME"), items);
                        }
                    }
                }
            } catch (java.io.IOException | java.sql.SQLException | org.springframework.dao.DataAccessException e) {
                // Not up yet, or the demo data not loaded yet.
            }
            Thread.sleep(500);
        }
    }

    /**
     * Bytes of live objects per class in the server, and "Total": jcmd's class histogram, which runs a full
     * GC first, so that only what is still reachable counts (G1's filler arrays left out). The least of three,
     * 15 s apart: the first full GC after a quiet minute can still count several MB that the next one frees
     * (what waits for a Cleaner, such as closed connections' buffers), and that is no counter's; runs with a
     * single histogram jumped by 2 to 7 MB of byte[] that the heap dump taken right after did not have.
     */
    private static Map<String, Long> histogram(long pid) throws Exception {
        // Let the browsers' idle keep-alive connections close (Tomcat's timeout, 60 s): their buffers belong
        // to a connection in use, not to a counter at rest, which keeps only its Push WebSocket open.
        Thread.sleep(SETTLE.toMillis());
        Map<String, Long> least = null;
        List<Long> totals = new ArrayList<>();
        for (int sample = 0; sample < 3; sample++) {
            if (sample > 0) {
                Thread.sleep(Duration.ofSeconds(15).toMillis());
            }
            Map<String, Long> bytes = histogramNow(pid);
            totals.add(bytes.get("Total") / 1024);
            if (least == null || bytes.get("Total") < least.get("Total")) {
                least = bytes;
            }
        }
        System.out.printf("live heap of three histograms: %s KB; the least counts%n", totals);
        // -Dbench.heapDump=true: a heap dump beside the histograms, to find what holds a growth.
        if (Boolean.getBoolean("bench.heapDump")) {
            Path dump = Path.of("target", "bench", "memory-" + System.currentTimeMillis() + ".hprof").toAbsolutePath();
            Process dumping = new ProcessBuilder(jcmd(), String.valueOf(pid), "GC.heap_dump", dump.toString())
                    .redirectErrorStream(true).start();
            dumping.getInputStream().transferTo(System.out);
            assertThat(dumping.waitFor(2, TimeUnit.MINUTES)).isTrue();
        }
        return least;
    }

    private static Map<String, Long> histogramNow(long pid) throws Exception {
        Process process = new ProcessBuilder(jcmd(), String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
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

    /** Where a counter's memory goes: the 15 classes that grew most. */
    private static void printGrowth(Map<String, Long> before, Map<String, Long> after) {
        after.entrySet().stream().filter(e -> !e.getKey().equals("Total"))
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %,12d bytes  %s%n", e.getValue(), e.getKey()));
    }
}
