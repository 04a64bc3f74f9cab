package org.cocreate.assembly;

import org.cocreate.base.Area;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocreate.assembly.Electorate.Choice;
import org.cocreate.assembly.Electorate.UnitVote;
import org.jspecify.annotations.Nullable;

/**
 * The count of one matter, by exclusive area and by heads, as article 278 para. 2 of the Civil Code compares
 * them: all the owners, those who took part (参与表决: for, against or abstaining alike), and those for.
 * Heads are counted as the interpretation on building division ownership, art. 9, says (see
 * {@link Electorate}); an owner of several units with differently voted units counts as
 * {@link Electorate#choiceOfHead the rule chosen there} says.
 */
public record Tally(Area totalArea, long totalHeads, Area forArea, long forHeads, Area againstArea,
        long againstHeads, Area abstainArea, long abstainHeads) {

    public Tally {
        Objects.requireNonNull(totalArea, "totalArea");
        Objects.requireNonNull(forArea, "forArea");
        Objects.requireNonNull(againstArea, "againstArea");
        Objects.requireNonNull(abstainArea, "abstainArea");
        if (forHeads < 0 || againstHeads < 0 || abstainHeads < 0) {
            throw new IllegalArgumentException("heads cannot be negative");
        }
        if (forArea.plus(againstArea).plus(abstainArea).compareTo(totalArea) > 0
                || forHeads + againstHeads + abstainHeads > totalHeads) {
            throw new IllegalArgumentException("more took part than there are: " + forArea + "+" + againstArea
                    + "+" + abstainArea + " of " + totalArea + " m², " + forHeads + "+" + againstHeads + "+"
                    + abstainHeads + " of " + totalHeads + " heads");
        }
    }

    /** Counts every unit of the compound, whether or not it voted: the ones that did not are the rest. */
    public static Tally of(List<UnitVote> units) {
        Map<Choice, Area> area = new EnumMap<>(Choice.class);
        Map<Choice, Long> heads = new EnumMap<>(Choice.class);
        Area totalArea = Area.ZERO;
        Map<String, List<UnitVote>> byHead = Electorate.byHead(units);
        for (UnitVote unit : units) {
            totalArea = totalArea.plus(unit.area());
            if (unit.choice() != null) {
                area.merge(unit.choice(), unit.area(), Area::plus);
            }
        }
        for (List<UnitVote> unitsOfOneOwner : byHead.values()) {
            @Nullable Choice choice = Electorate.choiceOfHead(unitsOfOneOwner);
            if (choice != null) {
                heads.merge(choice, 1L, Long::sum);
            }
        }
        return new Tally(totalArea, byHead.size(),
                area.getOrDefault(Choice.FOR, Area.ZERO), heads.getOrDefault(Choice.FOR, 0L),
                area.getOrDefault(Choice.AGAINST, Area.ZERO), heads.getOrDefault(Choice.AGAINST, 0L),
                area.getOrDefault(Choice.ABSTAIN, Area.ZERO), heads.getOrDefault(Choice.ABSTAIN, 0L));
    }

    /** The area of the units that voted: for, against or abstaining. */
    public Area participatingArea() {
        return forArea.plus(againstArea).plus(abstainArea);
    }

    /** The heads that voted: for, against or abstaining. */
    public long participatingHeads() {
        return forHeads + againstHeads + abstainHeads;
    }

    public Area notVotingArea() {
        return totalArea.minus(participatingArea());
    }

    public long notVotingHeads() {
        return totalHeads - participatingHeads();
    }
}
