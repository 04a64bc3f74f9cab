package org.cocreate.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocreate.assembly.AssemblyTestData.refused;

import java.util.List;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A compound's covenant through its service, on H2 and PostgreSQL: a stricter share counts the votes opened under
 * it, a vote keeps the rule it opened with, a share looser than the law is refused at its field and changes
 * nothing, each change is audited, and another community's compound is not found.
 */
@ServiceTest
class CovenantServiceTest {

    private static final Threshold FOUR_FIFTHS = Threshold.AT_LEAST_FOUR_FIFTHS;

    @Autowired
    AssemblyTestData data;
    @Autowired
    JdbcClient jdbc;

    private CovenantService covenants() {
        return data.covenants;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aStricterCovenantCountsTheVotesOpenedUnderItAndAVoteKeepsTheRuleItOpenedWith() {
        var compound = data.compound(8, "100.00");
        assertThat(data.asAdmin(() -> covenants().covenant(compound.compoundId()))).isEqualTo(AssemblyRule.civilCode());
        AssemblyEntry underTheLaw = data.opened(compound, Matter.RENOVATE);

        AssemblyRule set = data.asAdmin(() -> covenants().setCovenant(compound.compoundId(),
                new CovenantDraft(null, Map.of(Matter.RENOVATE, FOUR_FIFTHS))));
        assertThat(set.decision(Matter.RENOVATE)).isEqualTo(FOUR_FIFTHS);
        assertThat(set.decision(Matter.RAISE_FUND)).isEqualTo(Threshold.AT_LEAST_THREE_QUARTERS);
        AssemblyEntry underTheCovenant = data.opened(compound, Matter.RENOVATE);
        // A draft shows the covenant as it stands; the vote opened before it keeps the law's majority.
        assertThat(data.asAdmin(() -> data.assemblies.rule(underTheLaw.id())).decision(Matter.RENOVATE))
                .isEqualTo(Threshold.AT_LEAST_THREE_QUARTERS);

        // Six of eight for: three quarters, enough under the law, not under four fifths.
        for (AssemblyEntry assembly : List.of(underTheLaw, underTheCovenant)) {
            for (int i = 0; i < 8; i++) {
                data.written(assembly, compound.unitIds().get(i), i < 6 ? Electorate.Choice.FOR
                        : Electorate.Choice.AGAINST);
            }
        }
        Outcome law = data.asAdmin(() -> data.assemblies.results(underTheLaw.id())).getFirst().outcome();
        Outcome covenant = data.asAdmin(() -> data.assemblies.results(underTheCovenant.id())).getFirst().outcome();
        assertThat(law.adopted()).isTrue();
        assertThat(covenant.decision()).isEqualTo(FOUR_FIFTHS);
        assertThat(covenant.adopted()).as("6 of 8 is less than four fifths").isFalse();

        // Back to the law: no row is left, and the open vote still counts by four fifths to its close.
        AssemblyRule back = data.asAdmin(() -> covenants().setCovenant(compound.compoundId(),
                new CovenantDraft(Threshold.AT_LEAST_TWO_THIRDS, Map.of())));
        assertThat(back).isEqualTo(AssemblyRule.civilCode());
        assertThat(count("select count(*) from assembly_covenant where compound_id = ?", compound.compoundId())).isZero();
        List<ItemResult> closed = data.asAdmin(() -> data.assemblies.close(underTheCovenant.id(), null));
        assertThat(closed.getFirst().outcome().decision()).isEqualTo(FOUR_FIFTHS);
        assertThat(closed.getFirst().outcome().adopted()).isFalse();

        List<String> changes = jdbc.sql("select after_state from audit_event where action = 'ASSEMBLY_COVENANT_SET'"
                + " and target_id = ? order by id").param(String.valueOf(compound.compoundId())).query(String.class).list();
        assertThat(changes).containsExactly("covenant=RENOVATE ≥ 4/5", "covenant=CIVIL_CODE");
    }

    @Test
    void aStricterParticipationMakesTheSameTurnoutTooFew() {
        var compound = data.compound(8, "100.00");
        data.asAdmin(() -> covenants().setCovenant(compound.compoundId(), new CovenantDraft(FOUR_FIFTHS, Map.of())));
        AssemblyEntry assembly = data.opened(compound, Matter.USE_FUND);
        for (int i = 0; i < 6; i++) {
            data.written(assembly, compound.unitIds().get(i), Electorate.Choice.FOR);
        }
        Participation participation = data.asAdmin(() -> data.assemblies.participation(assembly.id()));
        assertThat(participation.threshold()).isEqualTo(FOUR_FIFTHS);
        assertThat(participation.compound().met(participation.threshold())).as("6 of 8 is less than four fifths")
                .isFalse();
        assertThat(data.asAdmin(() -> data.assemblies.results(assembly.id())).getFirst().outcome().participationMet())
                .isFalse();
        data.written(assembly, compound.unitIds().get(6), Electorate.Choice.AGAINST);
        assertThat(data.asAdmin(() -> data.assemblies.results(assembly.id())).getFirst().outcome().adopted())
                .as("7 of 8 took part, 6 of 7 for: more than half").isTrue();
    }

    @Test
    void aShareLooserThanTheLawIsRefusedAtItsFieldAndChangesNothing() {
        var compound = data.compound(4, "80.00");
        long audited = count("select count(*) from audit_event where action = 'ASSEMBLY_COVENANT_SET'");
        refused(() -> data.asAdmin(() -> covenants().setCovenant(compound.compoundId(),
                new CovenantDraft(Threshold.MORE_THAN_HALF, Map.of()))), "participation", "assembly.covenant.looser");
        // One looser share refuses the whole covenant: the stricter participation beside it is not kept either.
        refused(() -> data.asAdmin(() -> covenants().setCovenant(compound.compoundId(),
                new CovenantDraft(Threshold.AT_LEAST_THREE_QUARTERS, Map.of(Matter.RENOVATE, Threshold.MORE_THAN_HALF)))),
                "decisions.RENOVATE", "assembly.covenant.looser");
        // Two thirds "or more" is looser than "more than two thirds" would be, but "at least half" than "more than".
        refused(() -> data.asAdmin(() -> covenants().setCovenant(compound.compoundId(),
                new CovenantDraft(null, Map.of(Matter.COMMITTEE, new Threshold(1, 2, true))))),
                "decisions.COMMITTEE", "assembly.covenant.looser");
        assertThat(data.asAdmin(() -> covenants().covenant(compound.compoundId()))).isEqualTo(AssemblyRule.civilCode());
        assertThat(count("select count(*) from assembly_covenant where compound_id = ?", compound.compoundId())).isZero();
        assertThat(count("select count(*) from audit_event where action = 'ASSEMBLY_COVENANT_SET'")).isEqualTo(audited);
    }

    @Test
    void anotherCommunitysCompoundIsNotFound() {
        var compound = data.compound(2, "80.00");
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_ADMIN,
                () -> covenants().covenant(compound.compoundId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> covenants().setCovenant(
                compound.compoundId(), new CovenantDraft(FOUR_FIFTHS, Map.of())))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> data.asAdmin(() -> covenants().covenant(-1))).isInstanceOf(NotFoundException.class);
        assertThat(count("select count(*) from assembly_covenant where compound_id = ?", compound.compoundId())).isZero();
    }
}
