package org.cocreate.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing ballot links: an address that has tried {@code freeTries} (5) links that are not (or no
 * longer) valid waits, 2 s after the next wrong one, then twice as long after each further one, up to a minute;
 * a valid link from there is not held. A real member who scans an old QR code a few times is never held. The
 * links are 256 random bits, so this is not what keeps them safe; it keeps the log quiet and the database idle.
 */
@Component
class BallotGuard {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    private static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(30);

    private record Failures(int count, Instant last, Instant heldUntil) {
    }

    private final ConcurrentHashMap<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeTries;

    BallotGuard(Clock clock, @Value("${cocreate.meeting.ballot-free-tries:5}") int freeTries) {
        this.clock = clock;
        this.freeTries = freeTries;
    }

    /** Whether the address must wait before its next try. */
    boolean held(String address) {
        Failures failures = byAddress.get(address);
        return failures != null && clock.instant().isBefore(failures.heldUntil());
    }

    void failed(String address) {
        Instant now = clock.instant();
        byAddress.compute(address, (key, before) -> {
            int count = before == null || now.isAfter(before.last().plus(FORGOTTEN_AFTER)) ? 1 : before.count() + 1;
            Duration wait = Duration.ZERO;
            if (count > freeTries) {
                long doublings = Math.min(count - freeTries - 1, 10);
                wait = FIRST_WAIT.multipliedBy(1L << doublings);
                if (wait.compareTo(LONGEST_WAIT) > 0) {
                    wait = LONGEST_WAIT;
                }
            }
            return new Failures(count, now, now.plus(wait));
        });
        if (byAddress.size() > 10_000) {
            byAddress.entrySet().removeIf(e -> now.isAfter(e.getValue().last().plus(FORGOTTEN_AFTER)));
        }
    }
}
