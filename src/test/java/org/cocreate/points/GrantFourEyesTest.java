package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.security.FourEyes;
import org.cocreate.security.FourEyesRefusedException;
import org.cocreate.security.Role;
import org.cocreate.security.RunAs;
import org.cocreate.security.UserDraft;
import org.cocreate.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four-eyes that one admin cannot get round (FourEyes): a grant's approval, and the dismissal of an
 * objection, are refused to the account that recorded the grant, to an account that account created or
 * reset the password of, and to the account that created or reset the recording account; an independent
 * admin still decides.
 */
@ServiceTest
class GrantFourEyesTest {

    private static final String WENFENG = "文峰塔社区";
    private static final String VOLUNTEERING = "志愿服务";
    private static final String TEMPORARY = "Start2026go";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    GrantService points;
    @Autowired
    GrantReviewService review;
    @Autowired
    UserService users;
    @Autowired
    FourEyes fourEyes;
    @Autowired
    PointsTestData data;

    /** Twelve points (six hours of volunteering) wait for approval; approved grants post at once. */
    @BeforeEach
    void grantsOfTwelveWaitForApproval() {
        data.settings(WENFENG, 10, 0);
    }

    @AfterEach
    void demoSettings() {
        data.settings(WENFENG, 20, 3);
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 1_000_000L, 36);
    }

    private GrantOutcome waitingGrantBy(String user) {
        GrantOutcome outcome = data.runAs.get(user, () -> points.grant(new GrantCommand(data.newResident(WENFENG),
                data.rule(WENFENG, VOLUNTEERING).id(), 6, data.today(), "四眼原则", null)));
        assertThat(outcome.status()).isEqualTo(GrantStatus.PENDING_APPROVAL);
        return outcome;
    }

    /** A new account of 文峰塔, created through the user administration by {@code admin}. */
    private String createdBy(String admin, Role role) {
        String username = unique("fe");
        var draft = new UserDraft(username, "四眼测试", Set.of(role), Set.of(data.communities.community(WENFENG)),
                false, true, TEMPORARY);
        data.runAs.get(admin, () -> users.create(draft));
        return username;
    }

    /** A new admin of 文峰塔 as the set-up makes them: created by nobody. */
    private String setUpAdmin() {
        String username = unique("fe_setup");
        RunAs.nobody(() -> users.createInitialUser(username, "四眼测试", "Setup2026pw", Set.of(Role.ADMIN),
                Set.of(data.communities.community(WENFENG)), null, false));
        return username;
    }

    private long idOf(String username) {
        return data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> users.list(username, 0, 1).getFirst().id());
    }

    /** The approval is refused for the reason given, and the screen would not offer it. */
    private void assertRefused(String approver, String author, GrantOutcome grant, String why) {
        assertThatThrownBy(() -> data.runAs.run(approver, () -> review.approve(grant.grantId())))
                .as("%s approving", approver)
                .isInstanceOf(FourEyesRefusedException.class).extracting("messageKey").isEqualTo(why);
        assertThat(data.runAs.get(approver, () -> fourEyes.independentOf(author))).isFalse();
    }

    private GrantStatus statusOf(GrantOutcome grant) {
        return data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> review.decided(data.communities.community(WENFENG), 500))
                .stream().filter(l -> l.grantId() == grant.grantId()).map(GrantLine::status).findFirst()
                .orElse(GrantStatus.PENDING_APPROVAL);
    }

    @Test
    void anAdminCreatedByTheGrantsAuthorCannotApproveItButAnIndependentAdminCan() {
        String created = createdBy(DemoUsers.SUBDISTRICT_ADMIN, Role.ADMIN);
        GrantOutcome grant = waitingGrantBy(DemoUsers.SUBDISTRICT_ADMIN);

        assertRefused(created, DemoUsers.SUBDISTRICT_ADMIN, grant, "fourEyes.createdByRecorder");
        assertThat(statusOf(grant)).isEqualTo(GrantStatus.PENDING_APPROVAL);

        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.approve(grant.grantId())).status())
                .isEqualTo(GrantStatus.POSTED);
    }

    @Test
    void anAdminWhosePasswordTheGrantsAuthorResetCannotApproveIt() {
        String admin = setUpAdmin();
        GrantOutcome before = waitingGrantBy(DemoUsers.SUBDISTRICT_ADMIN);
        assertThat(data.runAs.get(admin, () -> fourEyes.independentOf(DemoUsers.SUBDISTRICT_ADMIN)))
                .as("before the reset").isTrue();

        data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN, () -> users.resetPassword(idOf(admin), "Reset2026tmp"));

        assertRefused(admin, DemoUsers.SUBDISTRICT_ADMIN, before, "fourEyes.createdByRecorder");
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.approve(before.grantId())).status())
                .isEqualTo(GrantStatus.POSTED);
    }

    @Test
    void anAdminCannotApproveTheGrantOfAWorkerAccountTheyCreatedOrResetButTheSubdistrictAdminCan() {
        // One admin, two accounts: 文峰塔's admin makes a worker account, records as it, approves as themself.
        String ghost = createdBy(DemoUsers.WENFENG_ADMIN, Role.WORKER);
        GrantOutcome grant = waitingGrantBy(ghost);
        assertRefused(DemoUsers.WENFENG_ADMIN, ghost, grant, "fourEyes.recorderCreatedByYou");
        assertThat(statusOf(grant)).isEqualTo(GrantStatus.PENDING_APPROVAL);

        // A worker made by nobody of the community (the set-up), whose password 文峰塔's admin then reset.
        String worker = unique("fe_worker");
        RunAs.nobody(() -> users.createInitialUser(worker, "四眼测试", "Setup2026pw", Set.of(Role.WORKER),
                Set.of(data.communities.community(WENFENG)), null, false));
        GrantOutcome other = waitingGrantBy(worker);
        assertThat(data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> fourEyes.independentOf(worker))).isTrue();
        data.runAs.run(DemoUsers.WENFENG_ADMIN, () -> users.resetPassword(idOf(worker), "Reset2026tmp"));
        assertRefused(DemoUsers.WENFENG_ADMIN, worker, other, "fourEyes.recorderCreatedByYou");

        // The sub-district admin made the community's admins and could make any account: the rule would
        // protect nothing against them, and they are who approves when the community's admin may not.
        assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> review.approve(grant.grantId())).status())
                .isEqualTo(GrantStatus.POSTED);
        assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> review.approve(other.grantId())).status())
                .isEqualTo(GrantStatus.POSTED);
    }

    @Test
    void theGrantsAuthorDoesNotDismissAnObjectionToIt() {
        data.settings(WENFENG, 1_000_000, 3);
        GrantOutcome own = data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> points.grant(new GrantCommand(
                data.newResident(WENFENG), data.rule(WENFENG, VOLUNTEERING).id(), 1, data.today(), "异议", null)));
        assertThat(own.status()).isEqualTo(GrantStatus.NOTICE);
        data.runAs.run(DemoUsers.SUPERVISOR, () -> review.object(own.grantId(), "那天不在", null));

        assertThatThrownBy(() -> data.runAs.run(DemoUsers.WENFENG_ADMIN,
                () -> review.dismiss(own.grantId(), "有签到")))
                .isInstanceOf(FourEyesRefusedException.class).extracting("messageKey")
                .isEqualTo("fourEyes.sameAccount");
        assertThat(data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> review.dismiss(own.grantId(), "有签到"))
                .status()).isEqualTo(GrantStatus.POSTED);
    }
}
