package org.cocreate.points;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.community.CommunityTestData;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.security.RunAs;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Fresh residents (so that a test's balances are its own) and the demo's rules, for the points tests. */
@Component
class PointsTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final ResidentService residents;
    final PointAccountRepository accounts;
    final CommunityTestData communities;
    final ScoringStandardRepository standards;
    final ScoringRuleRepository rules;
    final PointsSettingsRepository settings;
    final RunAs runAs;
    final Clock clock;

    PointsTestData(ResidentService residents, PointAccountRepository accounts, CommunityTestData communities,
            ScoringStandardRepository standards,
            ScoringRuleRepository rules, PointsSettingsRepository settings, UserDetailsService userDetails,
            Clock clock) {
        this.settings = settings;
        this.residents = residents;
        this.accounts = accounts;
        this.communities = communities;
        this.standards = standards;
        this.rules = rules;
        this.runAs = new RunAs(userDetails);
        this.clock = clock;
    }

    /** A new resident of the community, registered by its admin (the sub-district admin works in all). */
    long newResident(String communityName) {
        long community = communities.community(communityName);
        return runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            var draft = ResidentDraft.of("积分测试" + SEQUENCE.incrementAndGet(),
                    residents.list(community, null, "", 0, 1).getFirst().household().id());
            return residents.register(community, draft);
        });
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A rule of the standard in effect today, by name. */
    ScoringRule rule(String communityName, String ruleName) {
        long community = communities.community(communityName);
        ScoringStandard standard = standards.adoptedOnOrBefore(community, today(), PageRequest.of(0, 1))
                .getFirst();
        return rules.findByStandardIdOrderByCategoryAscIdAsc(standard.id()).stream()
                .filter(r -> r.getName().equals(ruleName)).findFirst().orElseThrow();
    }

    /** Sets the community's approval threshold and notice period (tests share the demo communities). */
    void settings(String communityName, long approvalThreshold, int noticeDays) {
        long community = communities.community(communityName);
        PointsSettings row = settings.findById(community).orElseGet(() -> new PointsSettings(community));
        row.update(new CommunityPointsSettings(approvalThreshold, noticeDays, null));
        settings.save(row);
    }

    /** Grants post at once: no threshold that a test reaches, no public notice (deductions still wait). */
    void grantsPostAtOnce(String communityName) {
        settings(communityName, 1_000_000, 0);
    }

    /**
     * A rule without caps or approval in the community's standard in effect, made for tests that post many
     * grants (written straight to the table: the service edits drafts only). Other tests never look it up.
     */
    ScoringRule uncappedRule(String communityName) {
        return uncappedRule(communityName, today());
    }

    /** The same, in the version of the standard in effect on the date. */
    synchronized ScoringRule uncappedRule(String communityName, LocalDate date) {
        ScoringStandard standard = standards.adoptedOnOrBefore(communities.community(communityName), date,
                PageRequest.of(0, 1)).getFirst();
        return rules.findByStandardIdOrderByCategoryAscIdAsc(standard.id()).stream()
                .filter(r -> r.getName().equals(UNCAPPED)).findFirst()
                .orElseGet(() -> rules.save(new ScoringRule(standard.id(), new RuleDraft(RuleCategory.CIVILITY,
                        UNCAPPED, null, Points.of(20), false, null, null, false, false, null))));
    }

    private static final String UNCAPPED = "测试用无上限规则";
}
