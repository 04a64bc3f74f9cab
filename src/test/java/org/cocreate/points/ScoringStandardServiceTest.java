package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Versions of a standard. Works in 舜井道社区 with dates far in the future, so that the standard in effect
 * today, which the other tests grant under, stays the demo's.
 */
@ServiceTest
class ScoringStandardServiceTest {

    private static final String SHUNJING = "舜井道社区";

    @Autowired
    ScoringStandardService service;
    @Autowired
    PointsService points;
    @Autowired
    GrantService grantService;
    @Autowired
    PointsTestData data;
    @Autowired
    org.cocreate.community.CommunityService communityService;

    private RuleDraft rule(String name, long value) {
        return new RuleDraft(RuleCategory.SAFETY, name, "desc", Points.of(value), false, 1, null, false, false, null);
    }

    @Test
    void aDraftCopiesTheCurrentRulesOnlyADraftIsEditedAndAdoptionSupersedesFromItsDate() {
        long community = data.communities.community(SHUNJING);
        StandardEntry current = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN,
                () -> service.inEffect(community, data.today()).orElseThrow());
        int currentRules = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> service.rules(current.id()).size());

        StandardEntry draft = data.runAs.get(DemoUsers.GRID_WORKER, () -> service.draft(community, "second"));
        assertThat(draft.status()).isEqualTo(StandardStatus.DRAFT);
        assertThat(draft.versionNumber()).isGreaterThan(current.versionNumber());
        data.runAs.run(DemoUsers.GRID_WORKER, () -> {
            assertThat(service.rules(draft.id())).hasSize(currentRules);
            assertThatThrownBy(() -> service.draft(community, "third")).isInstanceOf(PointsRefusedException.class)
                    .extracting("messageKey").isEqualTo("points.standard.draftExists");
            RuleEntry added = service.addRule(draft.id(), rule("fire-extinguisher check", 6));
            service.updateRule(added.id(), rule("fire extinguisher check", 7));
            assertThat(service.rules(draft.id())).hasSize(currentRules + 1)
                    .anySatisfy(r -> assertThat(r.content().points()).isEqualTo(Points.of(7)));
            assertThatThrownBy(() -> service.addRule(current.id(), rule("x", 1)))
                    .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                    .isEqualTo("points.standard.notDraft");
            assertThatThrownBy(() -> service.adopt(draft.id(), data.today().plusYears(10), "meeting"))
                    .isInstanceOf(AccessDeniedException.class);
        });

        LocalDate from = data.today().plusYears(10);
        data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            assertThatThrownBy(() -> service.adopt(draft.id(), current.effectiveFrom(), "too early"))
                    .isInstanceOf(PointsRefusedException.class).extracting("messageKey")
                    .isEqualTo("points.standard.effectiveTooEarly");
            assertThatThrownBy(() -> service.adopt(draft.id(), from, " "))
                    .isInstanceOf(PointsRefusedException.class);
            StandardEntry adopted = service.adopt(draft.id(), from, "residents' meeting of 5 March");
            assertThat(adopted.status()).isEqualTo(StandardStatus.ADOPTED);
            assertThat(adopted.adoptedBy()).isEqualTo(DemoUsers.SUBDISTRICT_ADMIN);
            assertThat(service.inEffect(community, from.minusDays(1)).orElseThrow().id()).isEqualTo(current.id());
            assertThat(service.inEffect(community, from).orElseThrow().id()).isEqualTo(draft.id());
            assertThat(service.standards(community)).filteredOn(s -> s.id() == current.id()).singleElement()
                    .satisfies(s -> {
                        assertThat(s.status()).isEqualTo(StandardStatus.SUPERSEDED);
                        assertThat(s.supersededFrom()).isEqualTo(from);
                    });
            assertThatThrownBy(() -> service.updateRule(service.rules(draft.id()).getFirst().id(), rule("y", 1)))
                    .isInstanceOf(PointsRefusedException.class);
            assertThatThrownBy(() -> service.inEffect(community, LocalDate.of(1990, 1, 1)).orElseThrow())
                    .isInstanceOf(java.util.NoSuchElementException.class);
        });
        // Grants today still go under the version in effect today.
        data.grantsPostAtOnce(SHUNJING);
        long resident = data.newResident(SHUNJING);
        long oldRule = data.rule(SHUNJING, "参加卫生大扫除").id();
        PostedEntry granted = data.runAs.get(DemoUsers.GRID_WORKER,
                () -> grantService.grant(new GrantCommand(resident, oldRule, 1, data.today(), null, null)).posted());
        assertThat(granted.standardVersionId()).isEqualTo(current.id());
    }

    @Test
    void otherCommunitiesStandardsAreInvisibleAndRulesAreChecked() {
        long shunjing = data.communities.community(SHUNJING);
        data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> {
            assertThatThrownBy(() -> service.standards(shunjing)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.draft(shunjing, "x")).isInstanceOf(AccessDeniedException.class);
        });
        long longmenStandard = data.runAs.get(DemoUsers.LONGMEN_WORKER,
                () -> service.inEffect(data.communities.community("龙门街社区"), data.today()).orElseThrow().id());
        data.runAs.run(DemoUsers.GRID_WORKER, () -> {
            assertThatThrownBy(() -> service.rules(longmenStandard)).isInstanceOf(NotFoundException.class);
        });
        for (RuleCategory category : RuleCategory.values()) {
            assertThat(category.translationKey()).startsWith("points.category.");
        }
    }

    @Test
    void aRuleMayRewardAnOccasionOnceAVersionAndTheFeatureFindsItInTheStandardInEffect() {
        long community = data.runAs.get(DemoUsers.SUBDISTRICT_ADMIN,
                () -> communityService.createCommunity("场合社区" + System.nanoTime() % 100_000));
        data.runAs.run(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            // No standard yet: nothing to offer.
            assertThat(service.ruleFor(community, RuleOccasion.PROPOSAL_ADOPTED, data.today())).isEmpty();
            StandardEntry draft = service.draft(community, "first");
            RuleEntry adopted = service.addRule(draft.id(), occasion("建议被采纳", RuleOccasion.PROPOSAL_ADOPTED));
            RuleEntry plain = service.addRule(draft.id(), rule("参加议事会", 3));
            assertThatThrownBy(() -> service.addRule(draft.id(), occasion("另一条", RuleOccasion.PROPOSAL_ADOPTED)))
                    .isInstanceOf(PointsRefusedException.class).satisfies(e -> {
                        assertThat(((PointsRefusedException) e).field()).isEqualTo("occasion");
                        assertThat(((PointsRefusedException) e).messageKey()).isEqualTo("points.rule.occasion.taken");
                    });
            assertThatThrownBy(() -> service.updateRule(plain.id(), occasion("参加议事会", RuleOccasion.PROPOSAL_ADOPTED)))
                    .isInstanceOf(PointsRefusedException.class).extracting("field").isEqualTo("occasion");
            assertThat(service.rules(draft.id())).hasSize(2);
            // A rule keeps its own occasion when it is edited.
            service.updateRule(adopted.id(), occasion("建议被采纳（修订）", RuleOccasion.PROPOSAL_ADOPTED));
            // Only a version in effect is asked.
            assertThat(service.ruleFor(community, RuleOccasion.PROPOSAL_ADOPTED, data.today())).isEmpty();
            service.adopt(draft.id(), data.today(), "居民代表大会");

            assertThat(service.ruleFor(community, RuleOccasion.PROPOSAL_ADOPTED, data.today())).get()
                    .satisfies(r -> {
                        assertThat(r.id()).isEqualTo(adopted.id());
                        assertThat(r.content().name()).isEqualTo("建议被采纳（修订）");
                    });
            assertThat(service.ruleFor(community, RuleOccasion.PROPOSAL_SUPPORTED, data.today())).isEmpty();
            // The next version copies the occasion with the rule.
            StandardEntry next = service.draft(community, "second");
            assertThat(service.rules(next.id())).filteredOn(r -> r.content().occasion() == RuleOccasion.PROPOSAL_ADOPTED)
                    .singleElement().extracting(r -> r.content().name()).isEqualTo("建议被采纳（修订）");
        });
        data.runAs.run(DemoUsers.LONGMEN_WORKER, () -> assertThatThrownBy(
                () -> service.ruleFor(community, RuleOccasion.PROPOSAL_ADOPTED, data.today()))
                .isInstanceOf(AccessDeniedException.class));
    }

    private RuleDraft occasion(String name, RuleOccasion occasion) {
        return new RuleDraft(RuleCategory.PARTICIPATION, name, null, Points.of(10), false, null, 3, false, false,
                occasion);
    }
}
