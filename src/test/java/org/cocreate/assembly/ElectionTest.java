package org.cocreate.assembly;

import org.cocreate.base.Area;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocreate.assembly.Election.Ballot;
import org.cocreate.assembly.Election.CandidateCount;
import org.cocreate.assembly.Election.Result;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Electing the owners' committee (art. 278 para. 1 item 3): more than half of those who returned a ballot. */
class ElectionTest {

    private static final List<String> CANDIDATES = List.of("A", "B", "C", "D");

    private final AssemblyRule law = AssemblyRule.civilCode();

    @Test
    void candidatesWithMoreThanHalfOfTheReturnedBallotsAreElectedMostVotesFirst() {
        // 12 flats, 8 return a ballot: A on 8, D on 6, B on 5 (more than half), C on 4 (exactly half)
        List<Ballot> ballots = twelveFlats(
                Set.of("A", "B", "C"), Set.of("A", "B", "C"), Set.of("A", "B", "D"), Set.of("A", "C", "D"),
                Set.of("A", "B", "D"), Set.of("A", "B", "D"), Set.of("A", "C", "D"), Set.of("A", "D"));

        Result result = Election.elect(law, CANDIDATES, ballots, 3);

        assertThat(result.participationMet()).isTrue();
        assertThat(keys(result.elected())).containsExactly("A", "D", "B");
        assertThat(keys(result.ranked())).containsExactly("A", "D", "B", "C");
        assertThat(result.ranked()).extracting(CandidateCount::headsFor).containsExactly(8L, 6L, 5L, 4L);
        assertThat(result.ranked().get(3).passed()).isFalse();
        assertThat(result.turnout().participatingHeads()).isEqualTo(8);
        assertThat(result.tiedForLastSeat()).isEmpty();
    }

    @Test
    void nobodyIsElectedWhenTooFewReturnABallot() {
        List<Ballot> ballots = twelveFlats(Set.of("A"), Set.of("A"), Set.of("A"), Set.of("A"), Set.of("A"),
                Set.of("A"), Set.of("A"));

        Result result = Election.elect(law, CANDIDATES, ballots, 3);

        assertThat(result.participationMet()).isFalse();
        assertThat(result.elected()).isEmpty();
        assertThat(result.ranked().getFirst().headsFor()).isEqualTo(7);
    }

    @Test
    void areaBreaksAnEqualCountOfHeads() {
        // all 12 return a ballot; A and B are each on 8, B on the larger flats (870 m² against 850 m²)
        List<Ballot> ballots = new ArrayList<>();
        for (int flat = 1; flat <= 12; flat++) {
            Set<String> marked = flat <= 7 ? Set.of("A", "B") : flat == 8 ? Set.of("A", "C")
                    : flat == 12 ? Set.of("B", "C") : Set.of("C", "D");
            String area = flat == 1 ? "150" : flat == 12 ? "120" : "100";
            ballots.add(new Ballot(flat, Area.of(area), "owner:" + flat, marked));
        }

        Result result = Election.elect(law, CANDIDATES, ballots, 2);

        assertThat(keys(result.elected())).containsExactly("B", "A");
        assertThat(result.elected()).extracting(CandidateCount::headsFor).containsExactly(8L, 8L);
        assertThat(result.elected()).extracting(CandidateCount::areaFor)
                .containsExactly(Area.of("870"), Area.of("850"));
    }

    @Test
    void passingCandidatesBeyondTheSeatsAreNotElected() {
        // 10 of 12 return a ballot for two seats: A and C on 7, B on 6; all three pass (more than 5)
        List<Ballot> ballots = twelveFlats(Set.of("A", "B"), Set.of("A", "B"), Set.of("A", "B"), Set.of("A", "C"),
                Set.of("A", "C"), Set.of("A", "C"), Set.of("A", "C"), Set.of("B", "C"), Set.of("B", "C"),
                Set.of("B", "C"));

        Result result = Election.elect(law, CANDIDATES, ballots, 2);

        assertThat(result.ranked().stream().filter(CandidateCount::passed)).hasSize(3);
        assertThat(keys(result.elected())).as("equal counts keep the ballot paper's order").containsExactly("A", "C");
        assertThat(result.tiedForLastSeat()).isEmpty();
    }

    @Test
    void candidatesTiedForTheLastSeatLeaveItOpen() {
        // 9 return a ballot for two seats: A on 7, B and C on 5 each with the same area; one seat left for two
        List<Ballot> ballots = twelveFlats(Set.of("B", "C"), Set.of("A", "B"), Set.of("A", "B"), Set.of("A", "B"),
                Set.of("A", "B"), Set.of("A", "C"), Set.of("A", "C"), Set.of("A", "C"), Set.of("C"));

        Result result = Election.elect(law, CANDIDATES, ballots, 2);

        assertThat(keys(result.elected())).containsExactly("A");
        assertThat(result.tiedForLastSeat()).containsExactly("B", "C");
    }

    @Test
    void aBallotMarkingMoreThanTheSeatsIsSpoiltButTookPart() {
        // 8 return a ballot; A is marked on 5, but one of those ballots marks three with two seats
        List<Ballot> ballots = twelveFlats(Set.of("A", "B", "C"), Set.of("A"), Set.of("A"), Set.of("A"),
                Set.of("A"), Set.of(), Set.of("B"), Set.of("B"));

        Result result = Election.elect(law, CANDIDATES, ballots, 2);

        assertThat(result.spoiltBallots()).containsExactly(1L);
        CandidateCount a = result.ranked().getFirst();
        assertThat(a.candidateKey()).isEqualTo("A");
        assertThat(a.headsFor()).isEqualTo(4);
        assertThat(a.outcome().tally().participatingHeads()).as("blank and spoilt ballots took part").isEqualTo(8);
        assertThat(result.elected()).as("4 of 8 is exactly half").isEmpty();
    }

    @Test
    void aBuyerOfThreeFlatsCountsOnceByHeadForACandidate() {
        // 9 flats: owner:1 has flats 1-3 and marks A on all three; flats 4-9 are one each, A marked on 4 and 5
        List<Ballot> ballots = new ArrayList<>();
        for (int flat = 1; flat <= 9; flat++) {
            String owner = flat <= 3 ? "owner:1" : "owner:" + flat;
            ballots.add(new Ballot(flat, Area.of("100"), owner, flat <= 5 ? Set.of("A") : Set.of("B")));
        }

        CandidateCount a = Election.elect(law, CANDIDATES, ballots, 1).ranked().stream()
                .filter(count -> count.candidateKey().equals("A")).findFirst().orElseThrow();

        assertThat(a.outcome().tally().totalHeads()).isEqualTo(7);
        assertThat(a.headsFor()).isEqualTo(3);
        assertThat(a.areaFor()).isEqualTo(Area.of("500.00"));
        assertThat(a.passed()).as("more than half the area, not of the heads").isFalse();
    }

    @Test
    void aCovenantsStricterShareForTheCommitteeApplies() {
        // 12 return a ballot, A on 7: more than half, not two thirds
        List<Ballot> ballots = new ArrayList<>();
        for (int flat = 1; flat <= 12; flat++) {
            ballots.add(new Ballot(flat, Area.of("100"), "owner:" + flat, flat <= 7 ? Set.of("A") : Set.of("B")));
        }
        AssemblyRule covenant = law.stricter(Matter.COMMITTEE, Threshold.AT_LEAST_TWO_THIRDS);

        assertThat(keys(Election.elect(law, CANDIDATES, ballots, 1).elected())).containsExactly("A");
        assertThat(Election.elect(covenant, CANDIDATES, ballots, 1).elected()).isEmpty();
    }

    @Test
    void whatCannotBeCountedIsRefused() {
        List<Ballot> ballots = twelveFlats(Set.of("E"));
        assertThatThrownBy(() -> Election.elect(law, CANDIDATES, ballots, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 1");
        List<Ballot> fine = twelveFlats(Set.of("A"));
        assertThatThrownBy(() -> Election.elect(law, CANDIDATES, fine, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Election.elect(law, List.of(), fine, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Election.elect(law, List.of("A", "A"), fine, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Twelve flats of 100 m², each its own owner; the first ones return the ballots given, the rest none. */
    @SafeVarargs
    private static List<Ballot> twelveFlats(Set<String>... returned) {
        List<Ballot> ballots = new ArrayList<>();
        for (int flat = 1; flat <= 12; flat++) {
            @Nullable Set<String> marked = flat <= returned.length ? returned[flat - 1] : null;
            ballots.add(new Ballot(flat, Area.of("100"), "owner:" + flat, marked));
        }
        return ballots;
    }

    private static List<String> keys(List<CandidateCount> counts) {
        return counts.stream().map(CandidateCount::candidateKey).toList();
    }
}
