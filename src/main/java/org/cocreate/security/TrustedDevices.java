package org.cocreate.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Browsers on which a name signed in successfully (OWASP's "device cookies"): after each successful sign-in
 * the browser gets a random token for that name in a cookie, and the database keeps the token's hash. A later
 * sign-in of that name from that browser is counted apart from everybody else's (see {@link LoginThrottle}),
 * so that guesses by somebody else, even on the same Wi-Fi, do not hold the user's own tablet. The token
 * proves nothing but an earlier sign-in: it never replaces the password. A shared tablet keeps the tokens of
 * its last few users; a token unused for {@code remembered} (90 days) is forgotten.
 */
@Component
class TrustedDevices {

    static final String COOKIE = "cocreate-device";
    private static final int TOKENS_PER_BROWSER = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration remembered;
    private final SecureRandom random = new SecureRandom();

    TrustedDevices(JdbcClient jdbc, Clock clock,
            @Value("${cocreate.security.login.device-remembered:90d}") Duration remembered) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.remembered = remembered;
    }

    /**
     * The device the current sign-in comes from, if the browser proves that the name signed in on it before:
     * the hash of its token; null otherwise (and outside an HTTP request).
     */
    @Transactional(readOnly = true)
    @Nullable String deviceOf(String username) {
        List<String> hashes = tokens().stream().map(TrustedDevices::hash).toList();
        if (hashes.isEmpty()) {
            return null;
        }
        return jdbc.sql("select token_hash from login_device where username = :name and token_hash in (:hashes)"
                        + " and last_success_at > :since")
                .param("name", LoginThrottle.name(username)).param("hashes", hashes)
                .param("since", LocalDateTime.now(clock).minus(remembered))
                .query(String.class).list().stream().findFirst().orElse(null);
    }

    /** After a successful sign-in: the browser keeps (or gets) its token for the name, now fresh. */
    @Transactional
    void remember(String username, @Nullable String device) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || attributes.getResponse() == null) {
            return;
        }
        String name = LoginThrottle.name(username);
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> tokens = new ArrayList<>(tokens());
        if (device != null) {
            jdbc.sql("update login_device set last_success_at = ? where token_hash = ?").params(now, device).update();
            String token = tokens.stream().filter(t -> hash(t).equals(device)).findFirst().orElseThrow();
            tokens.remove(token);
            tokens.addFirst(token);
        } else {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            jdbc.sql("insert into login_device (token_hash, username, last_success_at) values (?, ?, ?)")
                    .params(hash(token), name, now).update();
            tokens.addFirst(token);
        }
        jdbc.sql("delete from login_device where last_success_at < ?").param(now.minus(remembered)).update();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        String contextPath = request.getContextPath();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie
                .from(COOKIE, String.join(".", tokens.subList(0, Math.min(tokens.size(), TOKENS_PER_BROWSER))))
                .path(contextPath.isEmpty() ? "/" : contextPath)
                .maxAge(remembered)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build().toString());
    }

    /** The tokens the browser sent, newest first. */
    private static List<String> tokens() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return List.of();
        }
        Cookie[] cookies = attributes.getRequest().getCookies();
        if (cookies == null) {
            return List.of();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> Arrays.stream(c.getValue().split("\\."))
                        .filter(t -> t.length() == 43 && t.matches("[A-Za-z0-9_-]+"))
                        .limit(TOKENS_PER_BROWSER).toList())
                .orElse(List.of());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
