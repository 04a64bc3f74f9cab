package org.cocreate.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.DeviceInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing an attacker a way to lock the real user out. Replaces the
 * lockout, under which five wrong passwords for any name locked that name everywhere, and five failures from
 * one address locked everybody there (the tablets of an event share one Wi-Fi address).
 *
 * <p>Failures are counted per name <em>and</em> where they come from, never per name alone:
 * <ul>
 * <li><b>A name from an address</b> (a browser that has not signed in as that name before): from the
 *     {@code failuresBeforeDelay}th failure on (5), further sign-ins of that name from that address are held
 *     for a growing time: 1, 2, 4, 8 minutes after the 5th, 6th, 7th, 8th failure, then 15 minutes after each
 *     further one. Whoever guesses from elsewhere never holds the real user.</li>
 * <li><b>A name from a trusted device</b>: a browser on which the name signed in before carries a token (see
 *     {@link TrustedDevices}); its failures count for that browser alone, with the same delays, so an attacker
 *     on the same Wi-Fi (without the token) does not hold the user's own tablet either.</li>
 * <li><b>An address</b>, against password spraying (a few guesses each for many names, which the per-name
 *     count never sees): from the {@code addressFailuresBeforeDelay}th unresolved failure (30) of any names
 *     from one address, sign-ins from there are held with the same growing delays. The threshold is high
 *     because a failure followed by that name's successful sign-in from the same place is deleted (it was a
 *     typo), so only failures that nobody resolved count: an office or an event reaches 30 only under a
 *     spraying attack. Browsers that carry a trusted-device token for the name are not held by it: the
 *     staff's own tablets keep working while a sprayer on the same Wi-Fi is slowed to a few guesses an hour;
 *     only a browser on which that name never signed in waits.</li>
 * </ul>
 * While held, a sign-in is refused before the password is checked, and the refusal is not counted. The count
 * forgets failures older than {@code failuresRemembered} (a day), longer than the longest delay, so that
 * waiting out a delay never resets it. Names are counted whether they exist or not, as typed (lower case),
 * so that nothing here reveals which names exist. Kept in the database: the delays hold across restarts and
 * across several app nodes.
 */
@Component
class LoginThrottle {

    /** How a hold came about: a name from an address, a name from a trusted device, or a whole address. */
    enum Scope { NAME, DEVICE, ADDRESS }

    /** A sign-in: the name as typed (normalised), the address, and the trusted device it comes from, if any. */
    record Attempt(String username, String address, @Nullable String device) {

        static Attempt of(String username, @Nullable String address, @Nullable String device) {
            return new Attempt(name(username), address == null || address.isBlank() ? "unknown" : truncate(address, 64),
                    device);
        }
    }

    /** A hold in force: its scope, the name (null for an address), the address, the failures, the end. */
    record Hold(Scope scope, @Nullable String username, String address, int failures, LocalDateTime until) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int failuresBeforeDelay;
    private final int addressFailuresBeforeDelay;
    private final Duration firstDelay;
    private final Duration longestDelay;
    private final Duration failuresRemembered;

    @SuppressWarnings("java:S107")
    LoginThrottle(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${cocreate.security.login.failures-before-delay:5}") int failuresBeforeDelay,
            @Value("${cocreate.security.login.address-failures-before-delay:30}") int addressFailuresBeforeDelay,
            @Value("${cocreate.security.login.first-delay:1m}") Duration firstDelay,
            @Value("${cocreate.security.login.longest-delay:15m}") Duration longestDelay,
            @Value("${cocreate.security.login.failures-remembered:24h}") Duration failuresRemembered) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.failuresBeforeDelay = failuresBeforeDelay;
        this.addressFailuresBeforeDelay = addressFailuresBeforeDelay;
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
        this.failuresRemembered = failuresRemembered;
    }

    /** A name as it is counted: trimmed, lower case (one name to a person, see UserService), bounded. */
    static String name(String username) {
        return truncate(username.trim().toLowerCase(Locale.ROOT), 100);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** Until when the attempt is held (the latest end of the holds that apply to it), or empty. */
    @Transactional(readOnly = true)
    Optional<LocalDateTime> heldUntil(Attempt attempt) {
        return holdsOf(attempt).stream().map(Hold::until).max(Comparator.naturalOrder());
    }

    private List<Hold> holdsOf(Attempt attempt) {
        LocalDateTime since = LocalDateTime.now(clock).minus(failuresRemembered);
        List<Hold> holds = new ArrayList<>();
        if (attempt.device() != null) {
            hold(Scope.DEVICE, attempt.username(), attempt.address(), failuresBeforeDelay, jdbc.sql("""
                    select count(*) as failures, max(occurred_at) as last from login_failure
                    where username = ? and device = ? and occurred_at > ?""")
                    .params(attempt.username(), attempt.device(), since)).ifPresent(holds::add);
            return holds;
        }
        hold(Scope.NAME, attempt.username(), attempt.address(), failuresBeforeDelay, jdbc.sql("""
                select count(*) as failures, max(occurred_at) as last from login_failure
                where username = ? and address = ? and device is null and occurred_at > ?""")
                .params(attempt.username(), attempt.address(), since)).ifPresent(holds::add);
        hold(Scope.ADDRESS, null, attempt.address(), addressFailuresBeforeDelay, jdbc.sql("""
                select count(*) as failures, max(occurred_at) as last from login_failure
                where address = ? and device is null and occurred_at > ?""")
                .params(attempt.address(), since)).ifPresent(holds::add);
        return holds;
    }

    private Optional<Hold> hold(Scope scope, @Nullable String username, String address, int threshold,
            JdbcClient.StatementSpec count) {
        return count.query((row, n) -> {
            var last = row.getTimestamp("last");
            return last == null ? Optional.<Hold>empty()
                    : hold(scope, username, address, threshold, row.getInt("failures"), last.toLocalDateTime());
        }).single();
    }

    private Optional<Hold> hold(Scope scope, @Nullable String username, String address, int threshold, int failures,
            LocalDateTime last) {
        if (failures < threshold) {
            return Optional.empty();
        }
        LocalDateTime until = last.plus(delay(failures - threshold));
        return until.isAfter(LocalDateTime.now(clock))
                ? Optional.of(new Hold(scope, username, address, failures, until))
                : Optional.empty();
    }

    /** The delay after the threshold's failure (0), the next one (1) …: doubling from the first, capped. */
    Duration delay(int beyondThreshold) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(beyondThreshold, 20));
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /**
     * Counts a failed sign-in; returns the end of the hold it starts, if it starts one (the screen then says
     * so at once, rather than after the next try).
     */
    @Transactional
    Optional<LocalDateTime> recordFailure(Attempt attempt, DeviceInfo device) {
        LocalDateTime now = LocalDateTime.now(clock);
        audit.recordAlone(attempt.username(), "LOGIN_FAILED", device, null);
        jdbc.sql("insert into login_failure (username, address, device, occurred_at) values (?, ?, ?, ?)")
                .params(attempt.username(), attempt.address(), attempt.device(), now).update();
        jdbc.sql("delete from login_failure where occurred_at < ?").param(now.minus(failuresRemembered)).update();
        List<Hold> holds = holdsOf(attempt);
        for (Hold hold : holds) {
            audit.recordAlone(attempt.username(), "LOGIN_HELD", device, describe(hold));
        }
        return holds.stream().map(Hold::until).max(Comparator.naturalOrder());
    }

    /** A successful sign-in resolves the failures of its name from its address and its device: they were typos. */
    @Transactional
    void recordSuccess(Attempt attempt, DeviceInfo device) {
        jdbc.sql("""
                delete from login_failure
                where username = ? and ((device is null and address = ?) or device = ?)""")
                .params(attempt.username(), attempt.address(), attempt.device() == null ? "" : attempt.device())
                .update();
        audit.recordAlone(attempt.username(), "LOGIN", device, null);
    }

    @Transactional
    void recordRefusedWhileHeld(Attempt attempt, DeviceInfo device, LocalDateTime until) {
        audit.recordAlone(attempt.username(), "LOGIN_REFUSED_HELD", device, "until=" + until.withNano(0));
    }

    /** Lifts every hold of a name (an admin unlocked it, or gave it a new password); other names' stay. */
    @Transactional
    void forgive(String username) {
        jdbc.sql("delete from login_failure where username = ?").param(name(username)).update();
    }

    /** Lifts the hold of an address, and with it the holds of names from that address (not from trusted devices). */
    @Transactional
    void forgiveAddress(String address) {
        jdbc.sql("delete from login_failure where address = ? and device is null").param(address).update();
    }

    /** Every hold in force, longest first. */
    @Transactional(readOnly = true)
    List<Hold> holds() {
        LocalDateTime since = LocalDateTime.now(clock).minus(failuresRemembered);
        List<Hold> holds = new ArrayList<>();
        jdbc.sql("""
                select username, address, count(*) as failures, max(occurred_at) as last from login_failure
                where device is null and occurred_at > ? group by username, address having count(*) >= ?""")
                .params(since, failuresBeforeDelay)
                .query((row, n) -> hold(Scope.NAME, row.getString("username"), row.getString("address"),
                        failuresBeforeDelay, row.getInt("failures"), row.getTimestamp("last").toLocalDateTime()))
                .list().forEach(h -> h.ifPresent(holds::add));
        jdbc.sql("""
                select username, device, max(address) as address, count(*) as failures, max(occurred_at) as last
                from login_failure
                where device is not null and occurred_at > ? group by username, device having count(*) >= ?""")
                .params(since, failuresBeforeDelay)
                .query((row, n) -> hold(Scope.DEVICE, row.getString("username"), row.getString("address"),
                        failuresBeforeDelay, row.getInt("failures"), row.getTimestamp("last").toLocalDateTime()))
                .list().forEach(h -> h.ifPresent(holds::add));
        jdbc.sql("""
                select address, count(*) as failures, max(occurred_at) as last from login_failure
                where device is null and occurred_at > ? group by address having count(*) >= ?""")
                .params(since, addressFailuresBeforeDelay)
                .query((row, n) -> hold(Scope.ADDRESS, null, row.getString("address"), addressFailuresBeforeDelay,
                        row.getInt("failures"), row.getTimestamp("last").toLocalDateTime()))
                .list().forEach(h -> h.ifPresent(holds::add));
        holds.sort(Comparator.comparing(Hold::until).reversed());
        return holds;
    }

    /** As every audit state, fields: the audit screen reads them into a sentence in the reader's language. */
    private static String describe(Hold hold) {
        return "scope=" + hold.scope() + (hold.scope() == Scope.DEVICE ? "" : ", address=" + hold.address())
                + ", failures=" + hold.failures() + ", until=" + hold.until().withNano(0);
    }
}
