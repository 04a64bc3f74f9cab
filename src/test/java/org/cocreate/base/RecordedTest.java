package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class RecordedTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tooLongAnAddressOrBrowserOrActorIsCutToItsColumn() {
        var recorded = new Recorded("u".repeat(80), LocalDateTime.of(2026, 3, 1, 9, 0), "1".repeat(100),
                "Mozilla ".repeat(60));

        assertThat(recorded.actor()).hasSize(Recorded.MAX_ACTOR);
        assertThat(recorded.remoteAddress()).hasSize(Recorded.MAX_REMOTE_ADDRESS);
        assertThat(recorded.userAgent()).hasSize(Recorded.MAX_USER_AGENT).startsWith("Mozilla Mozilla");
        assertThat(new Recorded(null, LocalDateTime.MIN, null, null).remoteAddress()).isNull();
    }

    @Test
    void nowIsWhoeverIsSignedInAtTheClocksTimeAndTheDeviceGoesBackUnchanged() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("wenfeng_worker", null, java.util.List.of()));
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

        Recorded now = Recorded.now(clock);

        assertThat(now.actor()).isEqualTo("wenfeng_worker").isEqualTo(Actor.current());
        assertThat(now.at()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30));
        assertThat(Recorded.of("x", now.at(), new DeviceInfo("10.0.0.7", "Tablet")).device())
                .isEqualTo(new DeviceInfo("10.0.0.7", "Tablet"));
        SecurityContextHolder.clearContext();
        assertThat(Actor.current()).isNull();
    }
}
