package org.cocreate.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BallotGuardTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final BallotGuard guard = new BallotGuard(clock, 5);

    private void later(Duration by) {
        now.set(now.get().plus(by));
    }

    @Test
    void fiveWrongLinksAreFreeThenTheAddressWaitsLongerEachTimeAndOthersNot() {
        for (int i = 0; i < 5; i++) {
            guard.failed("10.0.0.9");
            assertThat(guard.held("10.0.0.9")).as("try %d", i + 1).isFalse();
        }
        guard.failed("10.0.0.9");
        assertThat(guard.held("10.0.0.9")).isTrue();
        assertThat(guard.held("10.0.0.10")).as("another address").isFalse();
        later(Duration.ofMillis(2_001));
        assertThat(guard.held("10.0.0.9")).isFalse();
        guard.failed("10.0.0.9");
        later(Duration.ofSeconds(3));
        assertThat(guard.held("10.0.0.9")).as("4 s after the 7th").isTrue();
        later(Duration.ofSeconds(2));
        assertThat(guard.held("10.0.0.9")).isFalse();
        // Half an hour later it is forgotten.
        later(Duration.ofMinutes(31));
        guard.failed("10.0.0.9");
        assertThat(guard.held("10.0.0.9")).isFalse();
    }
}
