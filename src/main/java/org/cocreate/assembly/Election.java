package org.cocreate.assembly;

import org.cocreate.base.Area;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocreate.assembly.Electorate.Choice;
import org.cocreate.assembly.Electorate.UnitVote;
import org.jspecify.annotations.Nullable;

/**
 * Electing the owners' committee (art. 278 para. 1 item 3 of the Civil Code): each unit's ballot marks up to as
 * many candidates as there are seats. Each candidate is counted as a matter of its own under {@link
 * Matter#COMMITTEE}: enough owners must have returned a ballot (two thirds of area and heads), and the
 * candidate needs the rule's share of the participating area and heads (by law more than half of each), the
 * participating being the units that returned a ballot. The elected are the candidates who passed, most heads
 * first, then most area, at most one per seat.
 *
 * <p>Choices made here where the law is silent: a ballot marking more candidates than seats is spoilt (废票):
 * it was returned, so it took part, and it counts for nobody. A returned ballot that does not mark a candidate
 * counts as not for them (abstaining on them). When candidates who passed tie exactly, heads and area, for the
 * last seat, none of them takes it: choosing one would be arbitrary, so the seat stays open for another round.
 */
public final class Election {

    /**
     * One unit's ballot paper: the candidates it marks, empty when returned blank, {@code null} when not
     * returned.
     */
    public record Ballot(long unitId, Area area, String ownerKey, @Nullable Set<String> marked) {

        public Ballot {
            Objects.requireNonNull(area, "area");
            marked = marked == null ? null : Set.copyOf(marked);
        }

        public boolean returned() {
            return marked != null;
        }
    }

    /** A candidate's count, as a matter decided on its own; {@code passed} when the rule's shares were met. */
    public record CandidateCount(String candidateKey, Outcome outcome) {

        public long headsFor() {
            return outcome.tally().forHeads();
        }

        public Area areaFor() {
            return outcome.tally().forArea();
        }

        public boolean passed() {
            return outcome.adopted();
        }

        boolean sameVotesAs(CandidateCount other) {
            return headsFor() == other.headsFor() && areaFor().equals(other.areaFor());
        }
    }

    /**
     * The result: every candidate ranked (most heads, then most area, then the order of the ballot paper), the
     * elected among them, the candidates tied for the last seat (none of them elected), the spoilt ballots.
     */
    public record Result(List<CandidateCount> ranked, List<CandidateCount> elected, List<String> tiedForLastSeat,
            List<Long> spoiltBallots) {

        public Result {
            ranked = List.copyOf(ranked);
            elected = List.copyOf(elected);
            tiedForLastSeat = List.copyOf(tiedForLastSeat);
            spoiltBallots = List.copyOf(spoiltBallots);
        }

        /** Whether enough owners returned a ballot; the same for every candidate. */
        public boolean participationMet() {
            return ranked.getFirst().outcome().participationMet();
        }

        public Tally turnout() {
            return ranked.getFirst().outcome().tally();
        }
    }

    private static final Comparator<CandidateCount> MOST_VOTES_FIRST = Comparator
            .comparingLong(CandidateCount::headsFor).thenComparing(CandidateCount::areaFor).reversed();

    private Election() {
    }

    /**
     * Counts the ballots of every unit of the compound (those not returned too: they are the rest of the whole)
     * for {@code candidates}, in the order of the ballot paper, to fill {@code seats}.
     */
    public static Result elect(AssemblyRule rule, List<String> candidates, List<Ballot> ballots, int seats) {
        if (seats < 1) {
            throw new IllegalArgumentException("an election fills one seat or more: " + seats);
        }
        if (candidates.isEmpty() || new HashSet<>(candidates).size() != candidates.size()
                || candidates.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("candidates must be named, once each: " + candidates);
        }
        Set<Long> spoilt = new LinkedHashSet<>();
        for (Ballot ballot : ballots) {
            Set<String> marked = ballot.marked();
            if (marked == null) {
                continue;
            }
            if (!candidates.containsAll(marked)) {
                // The ballot paper lists the candidates; a mark for anyone else is a counting mistake upstream.
                throw new IllegalArgumentException("unit " + ballot.unitId() + " marks someone not standing: "
                        + marked);
            }
            if (marked.size() > seats) {
                spoilt.add(ballot.unitId());
            }
        }

        List<CandidateCount> ranked = new ArrayList<>();
        for (String candidate : candidates) {
            List<UnitVote> votes = ballots.stream()
                    .map(ballot -> new UnitVote(ballot.unitId(), ballot.area(), ballot.ownerKey(),
                            choiceFor(candidate, ballot, spoilt)))
                    .toList();
            ranked.add(new CandidateCount(candidate, rule.decide(Matter.COMMITTEE, Tally.of(votes))));
        }
        ranked.sort(MOST_VOTES_FIRST); // stable: equal counts keep the ballot paper's order

        List<CandidateCount> passed = ranked.stream().filter(CandidateCount::passed).toList();
        if (passed.size() <= seats) {
            return new Result(ranked, passed, List.of(), List.copyOf(spoilt));
        }
        CandidateCount lastIn = passed.get(seats - 1);
        if (!lastIn.sameVotesAs(passed.get(seats))) {
            return new Result(ranked, passed.subList(0, seats), List.of(), List.copyOf(spoilt));
        }
        List<CandidateCount> elected = passed.subList(0, seats).stream()
                .filter(count -> !count.sameVotesAs(lastIn)).toList();
        List<String> tied = passed.stream().filter(count -> count.sameVotesAs(lastIn))
                .map(CandidateCount::candidateKey).toList();
        return new Result(ranked, elected, tied, List.copyOf(spoilt));
    }

    private static @Nullable Choice choiceFor(String candidate, Ballot ballot, Set<Long> spoilt) {
        Set<String> marked = ballot.marked();
        if (marked == null) {
            return null;
        }
        return marked.contains(candidate) && !spoilt.contains(ballot.unitId()) ? Choice.FOR : Choice.ABSTAIN;
    }
}
