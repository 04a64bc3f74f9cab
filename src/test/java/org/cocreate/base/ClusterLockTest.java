package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Jobs run alone: while a job runs, a second start of it (another node's timer, here another thread with
 * its own connection) is skipped, other jobs run, and the lock goes when the job ends or fails. On H2 the
 * lock is in the process; on PostgreSQL (the build's second run) it is the database's advisory lock.
 */
@ServiceTest
class ClusterLockTest {

    @Autowired
    ClusterLock lock;

    @Test
    void whileAJobRunsASecondStartOfItIsSkippedAndOtherJobsRun() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> lock.runAlone("test.held",
                () -> {
                    started.countDown();
                    await(release);
                    return "first";
                }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(lock.runAlone("test.held", () -> "second")).as("skipped while the first runs").isEmpty();
        assertThat(lock.runAlone("test.other", () -> "other")).contains("other");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).contains("first");
        assertThat(lock.runAlone("test.held", () -> "again")).as("free once the first ended").contains("again");
    }

    @Test
    void aJobThatFailsLetsTheNextRunTakeTheLock() {
        assertThatThrownBy(() -> lock.runAlone("test.failing", () -> {
            throw new IllegalStateException("the job failed");
        })).hasMessage("the job failed");

        assertThat(lock.runAlone("test.failing", () -> 1)).contains(1);
    }

    @Test
    void theKeyOfAJobStaysTheSameFromOneReleaseToTheNext() {
        // During a rolling update old and new nodes run side by side: a new key would let both run a job.
        assertThat(ClusterLock.key("points-expiry")).isEqualTo(-5893091534880398172L);
        assertThat(ClusterLock.key("points-posting")).isEqualTo(1796045752789399749L);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
