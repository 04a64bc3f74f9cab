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
        return listFor(username, new AuditFilter(LocalDate.now(clock), null, null, "", text));
    }

    private List<AuditLogEntry> listFor(String username, AuditFilter filter) {
        return as.get(username, () -> auditLog.list(filter, 0, 500));
    }

    private long compound(String admin, String community, String name) {
        return as.get(admin, () -> register.createCompound(communityData.community(community),
                new CompoundDraft(name, null, Set.of())));
    }

    private void failedSignIn(String name) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong-password1");
        attempt.setDetails(new WebAuthenticationDetails("198.51.100.7", null));
        assertThatThrownBy(() -> authenticationManager.authenticate(attempt))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
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

        var everCreated = new AuditFilter(null, null, null, "", "compound_created");
        assertThat(as.get(DemoUsers.WENFENG_ADMIN, () -> auditLog.list(everCreated, 0, 1)))
                .singleElement().satisfies(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(second)));
        assertThat(as.get(DemoUsers.WENFENG_ADMIN, () -> auditLog.list(everCreated, 1, 1)))
                .singleElement().satisfies(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(first)));
    }

    @Test
    void theKindPersonAndDaysNarrowTheLinesInTheQuery() {
        String suffix = Long.toString(System.nanoTime(), 36);
        long compound = compound(DemoUsers.WENFENG_ADMIN, "文峰塔社区", "筛选" + suffix);
        String stranger = "filter_" + suffix;
        failedSignIn(stranger);
        LocalDate today = LocalDate.now(clock);

        List<AuditLogEntry> register = listFor(DemoUsers.WENFENG_ADMIN,
                new AuditFilter(today, today, AuditKind.REGISTER, "", ""));
        assertThat(register).isNotEmpty().allSatisfy(e -> assertThat(AuditKind.of(e.action())).contains(AuditKind.REGISTER));
        assertThat(register).extracting(AuditLogEntry::targetId).contains(String.valueOf(compound));

        List<AuditLogEntry> signIns = listFor(DemoUsers.WENFENG_ADMIN,
                new AuditFilter(today, today, AuditKind.SIGN_IN, stranger, ""));
        assertThat(signIns).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILED");
            assertThat(e.actor()).isEqualTo(stranger);
        });

        assertThat(listFor(DemoUsers.WENFENG_ADMIN, new AuditFilter(today, today, null, DemoUsers.WENFENG_ADMIN, "")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo(DemoUsers.WENFENG_ADMIN));
        String displayName = listFor(DemoUsers.WENFENG_ADMIN,
                new AuditFilter(today, today, null, DemoUsers.WENFENG_ADMIN, "")).getFirst().actorName();
        assertThat(displayName).as("the actor by the name people know").isNotBlank()
                .isNotEqualTo(DemoUsers.WENFENG_ADMIN);
        assertThat(listFor(DemoUsers.WENFENG_ADMIN, new AuditFilter(today, today, AuditKind.REGISTER, displayName, "")))
                .as("a person found by the display name").extracting(AuditLogEntry::targetId)
                .contains(String.valueOf(compound));

        assertThat(listFor(DemoUsers.WENFENG_ADMIN, new AuditFilter(today.minusDays(3), today.minusDays(1),
                AuditKind.SIGN_IN, stranger, ""))).as("days before today hold none of today's lines").isEmpty();
    }

    @Test
    void aRangeThatEndsBeforeItStartsOrADayOutsideTheTrailIsRefusedNamingTheField() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> listFor(DemoUsers.WENFENG_ADMIN, new AuditFilter(today, today.minusDays(1), null,
                "", "")))
                .isInstanceOfSatisfying(AuditRefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("to");
                    assertThat(refused.messageKey()).isEqualTo("audit.range.invalid");
                });
        assertThatThrownBy(() -> listFor(DemoUsers.WENFENG_ADMIN, AuditFilter.since(today.plusDays(1))))
                .isInstanceOfSatisfying(AuditRefusedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("from");
                    assertThat(refused.messageKey()).isEqualTo("audit.date.invalid");
                });
        assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_ADMIN, () -> auditLog.export(
                new AuditFilter(LocalDate.of(1999, 12, 31), null, null, "", ""))))
                .isInstanceOf(AuditRefusedException.class);
        assertThatThrownBy(() -> listFor(DemoUsers.WENFENG_ADMIN,
                new AuditFilter(null, null, null, "x".repeat(AuditFilter.TEXT_MAX + 1), "")))
                .isInstanceOfSatisfying(AuditRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo("person"));
    }

    @Test
    void theExportHoldsTheFilteredLinesOfTheAdminsScopeOnly() {
        String suffix = Long.toString(System.nanoTime(), 36);
        long wenfeng = compound(DemoUsers.WENFENG_ADMIN, "文峰塔社区", "导出文峰" + suffix);
        long daimoge = compound(DemoUsers.SUBDISTRICT_ADMIN, "带谟阁社区", "导出带谟" + suffix);
        LocalDate today = LocalDate.now(clock);
        var registerToday = new AuditFilter(today, today, AuditKind.REGISTER, "", "");

        AuditExport export = as.get(DemoUsers.WENFENG_ADMIN, () -> auditLog.export(registerToday));
        assertThat(export.cut()).isFalse();
        assertThat(export.entries()).extracting(AuditLogEntry::targetId).contains(String.valueOf(wenfeng))
                .doesNotContain(String.valueOf(daimoge));
        assertThat(export.entries()).noneMatch(e -> "带谟阁社区".equals(e.communityName()));
        assertThat(as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> auditLog.export(registerToday)).entries())
                .extracting(AuditLogEntry::targetId).contains(String.valueOf(wenfeng), String.valueOf(daimoge));
    }

    @Test
    void onlyAdminsReadTheTrail() {
        for (String user : List.of(DemoUsers.WENFENG_WORKER, DemoUsers.COMMITTEE, DemoUsers.COUNTER,
                DemoUsers.SUPERVISOR)) {
            assertThatThrownBy(() -> as.get(user, () -> auditLog.list(AuditFilter.since(null), 0, 10)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as.get(user, () -> auditLog.export(AuditFilter.since(null))))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
