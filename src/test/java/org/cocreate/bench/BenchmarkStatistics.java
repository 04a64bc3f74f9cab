package org.cocreate.bench;

import java.util.Arrays;

/** Percentiles of measured durations, printed in one greppable line per benchmark. */
public final class BenchmarkStatistics {

    private BenchmarkStatistics() {
    }

    public static double percentile(long[] nanos, double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }

    public static String summary(String name, long[] nanos) {
        return String.format("BENCH %s n=%d p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms", name, nanos.length,
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), percentile(nanos, 100));
    }

    public static String machine() {
        return String.format("machine: %d cores, %d MiB max heap, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
