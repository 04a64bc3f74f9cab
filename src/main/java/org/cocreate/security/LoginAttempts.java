package org.cocreate.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.DeviceInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brute-force protection: after {@code maxFailures} failed logins within the window, the user name, and
 * separately the address, is locked for the lock duration. Kept in the database so that it holds across
 * restarts and across several app nodes. A name that does not exist is locked all the same, so the
 * behaviour never reveals which names exist.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    LoginAttempts(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${cocreate.security.max-failed-logins:5}") int maxFailures,
            @Value("${cocreate.security.failed-login-window:15m}") Duration window,
            @Value("${cocreate.security.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    static String userSubject(String username) {
        return "user:" + username.trim().toLowerCase(Locale.ROOT);
    }

    static String addressSubject(@Nullable String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username, @Nullable String address) {
        return lockedUntil(userSubject(username)) || lockedUntil(addressSubject(address));
    }

    private boolean lockedUntil(String subject) {
        return jdbc.sql("select count(*) from login_lock where subject = ? and locked_until > ?")
                .params(subject, LocalDateTime.now(clock)).query(Long.class).single() > 0;
    }

    @Transactional
    void recordFailure(String username, @Nullable String address, DeviceInfo device) {
        audit.recordAlone(username, "LOGIN_FAILED", device, null);
        for (String subject : new String[] {userSubject(username), addressSubject(address)}) {
            LocalDateTime now = LocalDateTime.now(clock);
            jdbc.sql("insert into login_failure (subject, occurred_at) values (?, ?)").params(subject, now).update();
            long recent = jdbc.sql("select count(*) from login_failure where subject = ? and occurred_at > ?")
                    .params(subject, now.minus(window)).query(Long.class).single();
            if (recent >= maxFailures) {
                jdbc.sql("delete from login_lock where subject = ?").param(subject).update();
                jdbc.sql("insert into login_lock (subject, locked_until) values (?, ?)")
                        .params(subject, now.plus(lockDuration)).update();
                jdbc.sql("delete from login_failure where subject = ?").param(subject).update();
                audit.recordAlone(username, "LOGIN_LOCKED", device, subject);
            }
        }
        jdbc.sql("delete from login_failure where occurred_at < ?")
                .param(LocalDateTime.now(clock).minus(window)).update();
    }

    @Transactional
    void recordSuccess(String username, DeviceInfo device) {
        jdbc.sql("delete from login_failure where subject = ?").param(userSubject(username)).update();
        audit.recordAlone(username, "LOGIN", device, null);
    }

    /**
     * Lifts the lock of a user name (an admin has just given the user a new password). A lock of the
     * address stays: it is about whoever tries from there, not about this user.
     */
    @Transactional
    void forgive(String username) {
        jdbc.sql("delete from login_lock where subject = ?").param(userSubject(username)).update();
        jdbc.sql("delete from login_failure where subject = ?").param(userSubject(username)).update();
    }

    @Transactional
    void recordRefusedWhileLocked(String username, DeviceInfo device) {
        audit.recordAlone(username, "LOGIN_REFUSED_LOCKED", device, null);
    }
}
