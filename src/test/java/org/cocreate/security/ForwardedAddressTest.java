package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Whose address the audit trail (and the login lockout) records: a device that sends X-Forwarded-For itself
 * gets its own address recorded, not the one it claims; only the proxy named by COCREATE_TRUSTED_PROXY is
 * believed, for the address and for the scheme (X-Forwarded-Proto). Over real HTTP from 127.0.0.1, a
 * private address Tomcat would trust by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ForwardedAddressTest {

    static final String CLAIMED = "198.51.100.1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void byDefaultNoProxyIsTrustedSoAClaimedAddressIsNotRecorded() {
        assertThat(addressRecordedForAFailedSignIn(port, jdbc)).isEqualTo("127.0.0.1");
        assertThat(sessionCookieOverClaimedHttps(port)).doesNotContain("Secure");
    }

    @Nested
    @TestPropertySource(properties = "COCREATE_TRUSTED_PROXY=127.0.0.1/32")
    class BehindTheProxyTheSettingNames {

        @LocalServerPort
        int port;
        @Autowired
        JdbcClient jdbc;

        @Test
        void theAddressAndSchemeTheProxyForwardsAreBelieved() {
            assertThat(addressRecordedForAFailedSignIn(port, jdbc)).isEqualTo(CLAIMED);
            assertThat(sessionCookieOverClaimedHttps(port)).contains("; Secure");
        }
    }

    /** The session cookie of a page asked for over HTTPS, as a TLS proxy would forward it. */
    static String sessionCookieOverClaimedHttps(int port) {
        return new RawHttp(port, "localhost:" + port).with("X-Forwarded-Proto", "https").get("/login")
                .all("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
    }

    /** A wrong password from 127.0.0.1, claiming to forward for another address: the address audited. */
    static String addressRecordedForAFailedSignIn(int port, JdbcClient jdbc) {
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        RawHttp device = new RawHttp(port, "localhost:" + port).with("X-Forwarded-For", CLAIMED);
        assertThat(device.signIn(DemoUsers.WENFENG_WORKER, "Wrong2026pw").header("Location")).endsWith("/login?error");
        return jdbc.sql("select remote_addr from audit_event where id > ? and action = 'LOGIN_FAILED' and actor = ?")
                .params(before, DemoUsers.WENFENG_WORKER).query(String.class).single();
    }
}
