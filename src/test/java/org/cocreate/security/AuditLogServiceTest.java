package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.community.RegisterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@ServiceTest
class AuditLogServiceTest {

    @Autowired
    AuditLogService auditLog;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    RegisterService register;
    @Autowired
    CommunityDirectory directory;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    Clock clock;

    RunAs as;

    @BeforeEach
    void setUp() {
        as = new RunAs(userDetails);
    }

    private List<AuditLogEntry> todayFor(String username, String text) {
        return as.get(username, () -> auditLog.list(LocalDate.now(clock), text, 0, 500));
    }

    @Test
    void anAdminSeesTheEventsOfTheirCommunityAndThoseOfNoCommunityButNotOtherCommunities() {
        String suffix = Long.toString(System.nanoTime(), 36);
        long wenfengCompound = as.get(DemoUsers.WENFENG_ADMIN,
                () -> register.createCompound(communityData.community("文峰塔社区"),
                        new CompoundDraft("审计文峰" + suffix, null, Set.of())));
        long daimogeCompound = as.get(DemoUsers.SUBDISTRICT_ADMIN,
                () -> register.createCompound(communityData.community("带谟阁社区"),
                        new CompoundDraft("审计带谟" + suffix, null, Set.of())));
        String stranger = "nobody_" + suffix;
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(stranger, "wrong-password1");
        attempt.setDetails(new WebAuthenticationDetails("198.51.100.7", null));
        assertThatThrownBy(() -> authenticationManager.authenticate(attempt))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);

        List<AuditLogEntry> wenfengAdminSees = todayFor(DemoUsers.WENFENG_ADMIN, "");
        assertThat(wenfengAdminSees).filteredOn(e -> String.valueOf(wenfengCompound).equals(e.targetId())
                        && "COMPOUND_CREATED".equals(e.action()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(DemoUsers.WENFENG_ADMIN);
                    assertThat(e.communityName()).isEqualTo("文峰塔社区");
                    assertThat(e.targetType()).isEqualTo("compound");
                    assertThat(e.after()).contains("审计文峰" + suffix);
                });
        assertThat(wenfengAdminSees).noneMatch(e -> "带谟阁社区".equals(e.communityName()));
        assertThat(wenfengAdminSees).anyMatch(e -> stranger.equals(e.actor()) && "LOGIN_FAILED".equals(e.action())
                && e.communityName() == null && e.remoteAddress() != null);

        assertThat(todayFor(DemoUsers.SUBDISTRICT_ADMIN, "compound"))
                .extracting(AuditLogEntry::targetId)
                .contains(String.valueOf(wenfengCompound), String.valueOf(daimogeCompound));
    }

    @Test
    void newestFirstFilteredByTextAndSince() {
        String suffix = Long.toString(System.nanoTime(), 36);
        long first = as.get(DemoUsers.WENFENG_ADMIN,
                () -> register.createCompound(communityData.community("文峰塔社区"),
                        new CompoundDraft("先" + suffix, null, Set.of())));
        long second = as.get(DemoUsers.WENFENG_ADMIN,
                () -> register.createCompound(communityData.community("文峰塔社区"),
                        new CompoundDraft("后" + suffix, null, Set.of())));

        List<AuditLogEntry> created = todayFor(DemoUsers.WENFENG_ADMIN, "compound_created");
        assertThat(created).allSatisfy(e -> assertThat(e.action()).isEqualTo("COMPOUND_CREATED"));
        assertThat(created).extracting(AuditLogEntry::targetId)
                .containsSubsequence(String.valueOf(second), String.valueOf(first));
        assertThat(created).isSortedAccordingTo((a, b) -> b.occurredAt().compareTo(a.occurredAt()));

        assertThat(as.get(DemoUsers.WENFENG_ADMIN, () -> auditLog.list(LocalDate.now(clock).plusDays(1), "", 0, 50)))
                .isEmpty();
        assertThat(as.get(DemoUsers.WENFENG_ADMIN, () -> auditLog.list(null, "compound_created", 0, 1)))
                .singleElement().satisfies(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(second)));
        assertThat(as.get(DemoUsers.WENFENG_ADMIN, () -> auditLog.list(null, "compound_created", 1, 1)))
                .singleElement().satisfies(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(first)));
    }

    @Test
    void onlyAdminsReadTheTrail() {
        for (String user : List.of(DemoUsers.WENFENG_WORKER, DemoUsers.COMMITTEE, DemoUsers.COUNTER,
                DemoUsers.SUPERVISOR)) {
            assertThatThrownBy(() -> as.get(user, () -> auditLog.list(null, "", 0, 10)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
