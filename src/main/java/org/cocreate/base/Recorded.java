package org.cocreate.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Provenance of a row that records a change (a ledger entry, a stock movement, a grant, a redemption, an
 * audit event): who made it, when, and from which device, in the columns {@code created_by},
 * {@code created_at}, {@code remote_addr} and {@code user_agent} (an entity with other names says so with
 * {@code @AttributeOverride}). Too long a text is cut to fit its column.
 */
@Embeddable
public record Recorded(
        @Column(name = "created_by") @Nullable String actor,
        @Column(name = "created_at", nullable = false) LocalDateTime at,
        @Column(name = "remote_addr") @Nullable String remoteAddress,
        @Column(name = "user_agent") @Nullable String userAgent) {

    public static final int MAX_ACTOR = 50;
    public static final int MAX_REMOTE_ADDRESS = 64;
    public static final int MAX_USER_AGENT = 300;

    public Recorded {
        actor = truncate(actor, MAX_ACTOR);
        remoteAddress = truncate(remoteAddress, MAX_REMOTE_ADDRESS);
        userAgent = truncate(userAgent, MAX_USER_AGENT);
    }

    public static Recorded of(@Nullable String actor, LocalDateTime at, DeviceInfo device) {
        return new Recorded(actor, at, device.remoteAddress(), device.userAgent());
    }

    /** Now, by whoever is acting, from their device. */
    public static Recorded now(Clock clock) {
        return of(Actor.current(), LocalDateTime.now(clock), DeviceInfo.current());
    }

    public DeviceInfo device() {
        return new DeviceInfo(remoteAddress, userAgent);
    }

    /** Cuts a text to fit a column of {@code max} characters. */
    public static @Nullable String truncate(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
