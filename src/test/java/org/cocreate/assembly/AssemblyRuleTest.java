package org.cocreate.assembly;

import org.cocreate.base.Area;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cocreate.assembly.Electorate.Choice.ABSTAIN;
import static org.cocreate.assembly.Electorate.Choice.AGAINST;
import static org.cocreate.assembly.Electorate.Choice.FOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cocreate.assembly.Electorate.Choice;
import org.cocreate.assembly.Electorate.UnitVote;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Article 278 of the Civil Code, counted: each matter at its thresholds exactly and one unit either side. */
class AssemblyRuleTest {

    /** Items 6 to 8 of art. 278 para. 1, written out here rather than read from {@link Matter#special()}. */
    private static final Set<Matter> THREE_QUARTERS = EnumSet.of(Matter.RAISE_FUND, Matter.RENOVATE,
            Matter.CHANGE_USE);

    private final AssemblyRule law = AssemblyRule.civilCode();

    /**
     * A compound of twelve flats of 100 m², each its own owner: how many took part, how many of them were for,
     * how many abstained (the rest of those who took part were against), and whether a matter of items 6 to 8
     * and any other matter is adopted.
     */
    static Stream<Arguments> twelveEqualFlats() {
        List<Arguments> rows = List.of(
                // participation: 8 of 12 is exactly two thirds (以上 includes it); 7 is not enough
                row(7, 7, 0, false, false),
                row(8, 8, 0, true, true),
                row(9, 9, 0, true, true),
                // 8 took part: three quarters is exactly 6; more than half is 5, as 4 is exactly half (过半数)
                row(8, 3, 0, false, false),
                row(8, 4, 0, false, false),
                row(8, 5, 0, false, true),
                row(8, 6, 0, true, true),
                row(8, 7, 0, true, true),
                // abstaining takes part and is not for: 4 for and 4 abstaining is exactly half
                row(8, 4, 4, false, false),
                row(8, 5, 3, false, true),
                row(8, 6, 2, true, true),
                // 9 took part: three quarters is 6.75, so 7; half is 4.5, so 5
                row(9, 4, 0, false, false),
                row(9, 5, 0, false, true),
                row(9, 6, 0, false, true),
                row(9, 7, 0, true, true),
                // all 12 took part: 9 is exactly three quarters, 6 exactly half
                row(12, 6, 0, false, false),
                row(12, 7, 0, false, true),
                row(12, 8, 0, false, true),
                row(12, 9, 0, true, true),
                // nobody took part
                row(0, 0, 0, false, false));
        List<Arguments> cases = new ArrayList<>();
        for (Matter matter : Matter.values()) {
            for (Arguments row : rows) {
                Object[] values = row.get();
                boolean adopted = THREE_QUARTERS.contains(matter) ? (boolean) values[3] : (boolean) values[4];
                cases.add(Arguments.of(matter, values[0], values[1], values[2], adopted));
            }
        }
        return cases.stream();
    }

    private static Arguments row(int tookPart, int forIt, int abstaining, boolean specialAdopted,
            boolean ordinaryAdopted) {
        return Arguments.of(tookPart, forIt, abstaining, specialAdopted, ordinaryAdopted);
    }

    @ParameterizedTest(name = "{0}: {1} of 12 took part, {2} for, {3} abstaining: adopted {4}")
    @MethodSource("twelveEqualFlats")
    void eachMatterIsDecidedAtItsThresholdsByAreaAndHeads(Matter matter, int tookPart, int forIt, int abstaining,
            boolean adopted) {
        List<UnitVote> units = new ArrayList<>();
        for (int flat = 1; flat <= 12; flat++) {
            @Nullable Choice choice = flat > tookPart ? null
                    : flat <= forIt ? FOR : flat <= forIt + abstaining ? ABSTAIN : AGAINST;
            units.add(flat(flat, "100.00", "owner:" + flat, choice));
        }

        Outcome outcome = law.decide(matter, Tally.of(units));

        assertThat(outcome.participationMet()).as("participation").isEqualTo(tookPart >= 8);
        assertThat(outcome.adopted()).as("adopted").isEqualTo(adopted);
        assertThat(outcome.participation()).isEqualTo(Threshold.AT_LEAST_TWO_THIRDS);
        assertThat(outcome.decision()).isEqualTo(THREE_QUARTERS.contains(matter)
                ? Threshold.AT_LEAST_THREE_QUARTERS : Threshold.MORE_THAN_HALF);
    }

    @Test
    void itemsSixToEightAreTheSpecialMatters() {
        assertThat(Matter.values()).hasSize(9);
        for (Matter matter : Matter.values()) {
            boolean itemSixToEight = matter.ordinal() + 1 >= 6 && matter.ordinal() + 1 <= 8;
            assertThat(matter.special()).as(matter.name()).isEqualTo(itemSixToEight);
            assertThat(matter.translationKey()).isEqualTo("assembly.matter." + matter.name());
        }
    }

    @Test
    void participationNeedsAreaAndHeadsBoth() {
        // 8 small flats of 10 m² and 4 large ones of 100 m²: 8 of 12 heads, but 80 of 480 m²
        List<UnitVote> smallOnesVote = compound(8, "10.00", 4, "100.00", true);
        Outcome headsOnly = law.decide(Matter.OTHER, Tally.of(smallOnesVote));
        assertThat(headsOnly.tally().participatingHeads()).isEqualTo(8);
        assertThat(headsOnly.participationMet()).isFalse();
        assertThat(headsOnly.adopted()).isFalse();

        // the reverse: 4 of 12 heads, but 400 of 480 m²
        List<UnitVote> largeOnesVote = compound(8, "10.00", 4, "100.00", false);
        Outcome areaOnly = law.decide(Matter.OTHER, Tally.of(largeOnesVote));
        assertThat(areaOnly.tally().participatingArea()).isEqualTo(Area.of("400"));
        assertThat(areaOnly.participationMet()).isFalse();
    }

    @Test
    void theDecisionNeedsAreaAndHeadsBoth() {
        // all 12 take part; the 8 small flats are for, the 4 large against: 8 of 12 heads, 80 of 480 m²
        List<UnitVote> units = new ArrayList<>();
        for (int flat = 1; flat <= 12; flat++) {
            units.add(flat(flat, flat <= 8 ? "10.00" : "100.00", "owner:" + flat, flat <= 8 ? FOR : AGAINST));
        }
        assertThat(law.decide(Matter.COMMITTEE, Tally.of(units)).adopted()).isFalse();

        // the reverse: the 4 large flats are for, the 8 small against: 400 of 480 m², 4 of 12 heads
        List<UnitVote> reverse = units.stream()
                .map(unit -> new UnitVote(unit.unitId(), unit.area(), unit.ownerKey(),
                        unit.choice() == FOR ? AGAINST : FOR))
                .toList();
        Outcome outcome = law.decide(Matter.COMMITTEE, Tally.of(reverse));
        assertThat(outcome.tally().forArea()).isEqualTo(Area.of("400.00"));
        assertThat(outcome.adopted()).isFalse();
        assertThat(outcome.participationMet()).isTrue();
    }

    @Test
    void aBuyerOfThreeFlatsCountsOnceByHeadAndThriceByArea() {
        List<UnitVote> units = new ArrayList<>();
        for (int flat = 1; flat <= 3; flat++) {
            units.add(flat(flat, "90.00", "owner:7", FOR));
        }
        for (int flat = 4; flat <= 6; flat++) {
            units.add(flat(flat, "90.00", "owner:" + flat, AGAINST));
        }

        Tally tally = Tally.of(units);

        assertThat(tally.totalHeads()).isEqualTo(4);
        assertThat(tally.forHeads()).isEqualTo(1);
        assertThat(tally.againstHeads()).isEqualTo(3);
        assertThat(tally.forArea()).isEqualTo(Area.of("270.00"));
        assertThat(tally.totalArea()).isEqualTo(Area.of("540.00"));
        // half the area, a quarter of the heads: not adopted
        assertThat(law.decide(Matter.USE_FUND, tally).adopted()).isFalse();
    }

    @Test
    void theDevelopersUnsoldFlatsCountOnceTogether() {
        List<UnitVote> units = new ArrayList<>();
        for (int flat = 1; flat <= 5; flat++) {
            units.add(flat(flat, "100.00", Electorate.DEVELOPER, null));
        }
        for (int flat = 6; flat <= 9; flat++) {
            units.add(flat(flat, "100.00", "owner:" + flat, FOR));
        }

        Tally tally = Tally.of(units);

        assertThat(tally.totalHeads()).isEqualTo(5);
        assertThat(tally.notVotingHeads()).isEqualTo(1);
        assertThat(tally.notVotingArea()).isEqualTo(Area.of("500.00"));
        // 4 of 5 heads took part, but only 400 of 900 m²
        Outcome outcome = law.decide(Matter.OTHER, tally);
        assertThat(outcome.participationMet()).isFalse();
        assertThat(outcome.headShareParticipating()).isEqualByComparingTo("80.00");
        assertThat(outcome.areaShareParticipating()).isEqualByComparingTo("44.44");
    }

    @Test
    void anOwnersHeadFollowsTheChoiceWithTheMostAreaAmongTheirFlatsAndATieAbstains() {
        List<UnitVote> units = List.of(
                flat(1, "120.00", "owner:1", FOR), flat(2, "60.00", "owner:1", AGAINST), flat(3, "50.00", "owner:1", null),
                flat(4, "80.00", "owner:2", FOR), flat(5, "80.00", "owner:2", AGAINST),
                flat(6, "70.00", "owner:3", null));

        Tally tally = Tally.of(units);

        assertThat(tally.forHeads()).isEqualTo(1);
        assertThat(tally.againstHeads()).isZero();
        assertThat(tally.abstainHeads()).isEqualTo(1);
        assertThat(tally.participatingHeads()).isEqualTo(2);
        assertThat(tally.forArea()).isEqualTo(Area.of("200.00"));
        assertThat(tally.againstArea()).isEqualTo(Area.of("140.00"));
        assertThat(tally.abstainArea()).isEqualTo(Area.ZERO);
        assertThat(tally.notVotingArea()).isEqualTo(Area.of("120.00"));
    }

    @Test
    void aCovenantMayAskFourFifthsForRenovation() {
        AssemblyRule covenant = law.stricter(Matter.RENOVATE, new Threshold(4, 5, true));
        // all 20 take part; 15 for is three quarters (the law's), 16 is four fifths (the covenant's)
        Tally fifteen = Tally.of(equalFlats(20, 20, 15));
        Tally sixteen = Tally.of(equalFlats(20, 20, 16));

        assertThat(law.decide(Matter.RENOVATE, fifteen).adopted()).isTrue();
        assertThat(covenant.decide(Matter.RENOVATE, fifteen).adopted()).isFalse();
        assertThat(covenant.decide(Matter.RENOVATE, sixteen).adopted()).isTrue();
        assertThat(covenant.decision(Matter.RAISE_FUND)).isEqualTo(Threshold.AT_LEAST_THREE_QUARTERS);
        assertThat(law.decision(Matter.RENOVATE)).as("the law's rule is unchanged")
                .isEqualTo(Threshold.AT_LEAST_THREE_QUARTERS);
    }

    @Test
    void aCovenantMayAskMoreToTakePart() {
        AssemblyRule covenant = law.stricterParticipation(Threshold.AT_LEAST_THREE_QUARTERS);
        Tally eightOfTwelve = Tally.of(equalFlats(12, 8, 8));

        assertThat(law.decide(Matter.OTHER, eightOfTwelve).participationMet()).isTrue();
        assertThat(covenant.decide(Matter.OTHER, eightOfTwelve).participationMet()).isFalse();
        assertThat(covenant.decide(Matter.OTHER, Tally.of(equalFlats(12, 9, 9))).adopted()).isTrue();
    }

    @Test
    void aCovenantLooserThanTheLawIsRefused() {
        assertThatThrownBy(() -> law.stricter(Matter.RENOVATE, Threshold.MORE_THAN_HALF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RENOVATE");
        // half or more is looser than more than half, though the fraction is the same
        assertThatThrownBy(() -> law.stricter(Matter.USE_FUND, new Threshold(1, 2, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> law.stricterParticipation(new Threshold(3, 5, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> law.stricterParticipation(Threshold.MORE_THAN_HALF))
                .isInstanceOf(IllegalArgumentException.class);
        // and a covenant that tightens one matter cannot loosen another on the way
        AssemblyRule covenant = law.stricter(Matter.RENOVATE, new Threshold(4, 5, true));
        assertThatThrownBy(() -> covenant.stricter(Matter.RAISE_FUND, new Threshold(2, 3, true)))
                .isInstanceOf(IllegalArgumentException.class);
        // the same share as the law's is not looser
        assertThat(law.stricter(Matter.USE_FUND, Threshold.MORE_THAN_HALF)).isEqualTo(law);
    }

    @Test
    void strictnessComparesTheShareAndThenWhetherItIsIncluded() {
        Threshold fourFifths = new Threshold(4, 5, true);
        assertThat(fourFifths.atLeastAsStrictAs(Threshold.AT_LEAST_THREE_QUARTERS)).isTrue();
        assertThat(Threshold.AT_LEAST_THREE_QUARTERS.atLeastAsStrictAs(fourFifths)).isFalse();
        assertThat(Threshold.MORE_THAN_HALF.atLeastAsStrictAs(new Threshold(1, 2, true))).isTrue();
        assertThat(new Threshold(1, 2, true).atLeastAsStrictAs(Threshold.MORE_THAN_HALF)).isFalse();
        assertThat(new Threshold(2, 4, false).atLeastAsStrictAs(Threshold.MORE_THAN_HALF)).isTrue();
        assertThat(new Threshold(6, 9, true).atLeastAsStrictAs(Threshold.AT_LEAST_TWO_THIRDS)).isTrue();
    }

    @Test
    void thresholdsAreMetExactlyAtTheirShare() {
        assertThat(Threshold.AT_LEAST_TWO_THIRDS.met(2, 3)).isTrue();
        assertThat(Threshold.AT_LEAST_TWO_THIRDS.met(199_999, 300_000)).isFalse();
        assertThat(Threshold.MORE_THAN_HALF.met(1, 2)).isFalse();
        assertThat(Threshold.MORE_THAN_HALF.met(new BigDecimal("50.01"), new BigDecimal("100.01"))).isTrue();
        assertThat(Threshold.MORE_THAN_HALF.met(new BigDecimal("50.00"), new BigDecimal("100.00"))).isFalse();
        assertThat(Threshold.AT_LEAST_THREE_QUARTERS.met(new BigDecimal("75"), new BigDecimal("100.00"))).isTrue();
        assertThatThrownBy(() -> Threshold.MORE_THAN_HALF.met(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.MORE_THAN_HALF.met(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Threshold(0, 2, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Threshold(3, 2, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Threshold(2, 2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Threshold(1, 1, true).met(5, 5)).as("unanimity").isTrue();
    }

    @Test
    void aWholeOfNothingNeverMeetsAThreshold() {
        assertThat(Threshold.MORE_THAN_HALF.met(0, 0)).isFalse();
        assertThat(new Threshold(1, 1, true).met(BigDecimal.ZERO, BigDecimal.ZERO)).isFalse();

        Tally empty = Tally.of(List.of());
        assertThat(empty.totalHeads()).isZero();
        assertThat(empty.totalArea()).isEqualTo(Area.ZERO);
        Outcome nobody = law.decide(Matter.OTHER, empty);
        assertThat(nobody.participationMet()).isFalse();
        assertThat(nobody.adopted()).isFalse();
        assertThat(nobody.areaShareFor()).isEqualByComparingTo("0");

        // flats without a registered area yet: all vote for, yet no area took part
        Tally noArea = Tally.of(List.of(flat(1, "0", "owner:1", FOR), flat(2, "0", "owner:2", FOR)));
        assertThat(noArea.participatingHeads()).isEqualTo(2);
        assertThat(law.decide(Matter.OTHER, noArea).adopted()).isFalse();
    }

    @Test
    void aFlatListedTwiceIsRefusedRatherThanCountedTwice() {
        assertThatThrownBy(() -> Tally.of(List.of(flat(1, "80", "owner:1", FOR), flat(1, "80", "owner:1", FOR))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 1");
        assertThatThrownBy(() -> flat(2, "80", " ", FOR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoThirdsOfAwkwardAreasIsExactlyTwoThirds() {
        // 85.33 + 120.07 = 205.40 take part, 102.70 does not: 205.40 of 308.10 m² is exactly two thirds
        List<UnitVote> exactly = List.of(flat(1, "85.33", "owner:1", FOR), flat(2, "120.07", "owner:2", FOR),
                flat(3, "102.70", "owner:3", null));
        assertThat(law.decide(Matter.OTHER, Tally.of(exactly)).participationMet()).isTrue();
        // one hundredth of a square metre more outside, and it is no longer two thirds
        List<UnitVote> aHundredthShort = List.of(flat(1, "85.33", "owner:1", FOR),
                flat(2, "120.07", "owner:2", FOR), flat(3, "102.71", "owner:3", null));
        assertThat(law.decide(Matter.OTHER, Tally.of(aHundredthShort)).participationMet()).isFalse();
    }

    @Test
    void noFloatingPointMissesTwoThirds() {
        // fifteen flats of 80.05 m², ten take part: exactly two thirds. Added up in doubles the same count
        // gives 800.4999999999999 of 1200.75, a share of 0.6666666666666665, and would wrongly fail.
        double sumOfTen = 0;
        for (int i = 0; i < 10; i++) {
            sumOfTen += 80.05;
        }
        assertThat(sumOfTen / (sumOfTen + 5 * 80.05) >= 2.0 / 3).as("doubles get this wrong").isFalse();

        List<UnitVote> units = new ArrayList<>();
        for (int flat = 1; flat <= 15; flat++) {
            units.add(flat(flat, "80.05", "owner:" + flat, flat <= 10 ? FOR : null));
        }
        Outcome outcome = law.decide(Matter.OTHER, Tally.of(units));

        assertThat(outcome.tally().participatingArea()).isEqualTo(Area.of("800.50"));
        assertThat(outcome.participationMet()).isTrue();
        assertThat(outcome.adopted()).isTrue();
        assertThat(outcome.areaShareParticipating()).as("for the screen only").isEqualByComparingTo("66.67");
        assertThat(outcome.headShareParticipating()).isEqualByComparingTo("66.67");
        assertThat(outcome.areaShareFor()).isEqualByComparingTo("100.00");
        assertThat(outcome.headShareFor()).isEqualByComparingTo("100.00");
    }

    @Test
    void areasAreTwoDecimalsAndNeverNegative() {
        assertThat(Area.of("85.32").toString()).isEqualTo("85.32");
        assertThat(Area.of(" 85 ").toString()).isEqualTo("85.00");
        assertThat(Area.of("85.325")).isEqualTo(Area.of("85.33"));
        assertThat(Area.of("0.1").plus(Area.of("0.2"))).isEqualTo(Area.of("0.30"));
        assertThat(Area.of("120.07").compareTo(Area.of("85.33"))).isPositive();
        assertThat(Area.ZERO.isZero()).isTrue();
        assertThatThrownBy(() -> new Area(new BigDecimal("-0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.of("1").minus(Area.of("2"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Area(new BigDecimal("1E+999999999")))
                .isInstanceOf(IllegalArgumentException.class);

        Area.DatabaseConverter converter = new Area.DatabaseConverter();
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(Area.of("85.32"))))
                .isEqualTo(Area.of("85.32"));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" is not an area")
    @ValueSource(strings = {"-1", "abc", "", "1e3", "85,32", "0x10", "−5", "1234567890123"})
    void whatIsNotAnAreaIsRefused(String typed) {
        assertThatThrownBy(() -> Area.of(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Matter.class)
    void everyMatterHasTheLawsThreshold(Matter matter) {
        assertThat(law.decision(matter)).isEqualTo(THREE_QUARTERS.contains(matter)
                ? Threshold.AT_LEAST_THREE_QUARTERS : Threshold.MORE_THAN_HALF);
        assertThat(law.participation()).isEqualTo(Threshold.AT_LEAST_TWO_THIRDS);
    }

    /** {@code flats} flats of 100 m², each its own owner; the first {@code tookPart} vote, {@code forIt} of them for. */
    private static List<UnitVote> equalFlats(int flats, int tookPart, int forIt) {
        List<UnitVote> units = new ArrayList<>();
        for (int flat = 1; flat <= flats; flat++) {
            units.add(flat(flat, "100.00", "owner:" + flat, flat > tookPart ? null : flat <= forIt ? FOR : AGAINST));
        }
        return units;
    }

    /** {@code small} flats of one area, then {@code large} of another, each its own owner, all for; one kind votes. */
    private static List<UnitVote> compound(int small, String smallArea, int large, String largeArea,
            boolean smallOnesVote) {
        List<UnitVote> units = new ArrayList<>();
        for (int flat = 1; flat <= small + large; flat++) {
            boolean isSmall = flat <= small;
            units.add(flat(flat, isSmall ? smallArea : largeArea, "owner:" + flat,
                    isSmall == smallOnesVote ? FOR : null));
        }
        return units;
    }

    private static UnitVote flat(long id, String area, String owner, @Nullable Choice choice) {
        return new UnitVote(id, Area.of(area), owner, choice);
    }
}
