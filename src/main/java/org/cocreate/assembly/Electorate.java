package org.cocreate.assembly;

import org.cocreate.base.Area;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who counts in an owners' assembly, and how much. Article 278 of the Civil Code counts twice: by exclusive
 * area and by owners (人数). The Supreme People's Court's interpretation on building division ownership
 * (最高人民法院关于审理建筑物区分所有权纠纷案件适用法律若干问题的解释) says how: the area of each unit
 * (专有部分) as registered (art. 8), and one head per unit (art. 9), except that one buyer of several units
 * counts once, and the units the developer has not sold, or sold and not yet handed over, count once
 * together.
 *
 * <p>So each unit names the head it counts toward, its {@code ownerKey}: the same key for all units of one
 * buyer ("owner:34"), {@link #DEVELOPER} for every unit still the developer's. Which units are the
 * developer's is for the register to say; this rule only counts.
 */
public final class Electorate {

    /** The one head of all the units the developer has not sold or not handed over (interpretation, art. 9). */
    public static final String DEVELOPER = "developer";

    /** What a unit's ballot says on a matter. */
    public enum Choice {
        FOR, AGAINST, ABSTAIN
    }

    /**
     * One unit in the count: its area, the head it counts toward, and its choice, or {@code null} when it
     * returned no ballot (it did not take part).
     */
    public record UnitVote(long unitId, Area area, String ownerKey, @Nullable Choice choice) {

        public UnitVote {
            Objects.requireNonNull(area, "area");
            if (ownerKey.isBlank()) {
                throw new IllegalArgumentException("unit " + unitId + " counts toward no owner");
            }
        }

        public boolean tookPart() {
            return choice != null;
        }
    }

    private Electorate() {
    }

    /**
     * The units grouped by the head they count toward, in the order first met. A unit listed twice would be
     * counted twice, so it is refused.
     */
    static Map<String, List<UnitVote>> byHead(List<UnitVote> units) {
        Set<Long> seen = new HashSet<>();
        Map<String, List<UnitVote>> heads = new LinkedHashMap<>();
        for (UnitVote unit : units) {
            if (!seen.add(unit.unitId())) {
                throw new IllegalArgumentException("unit " + unit.unitId() + " is counted twice");
            }
            heads.computeIfAbsent(unit.ownerKey(), key -> new ArrayList<>()).add(unit);
        }
        return heads;
    }

    /**
     * The choice one head counts for, given all of the owner's units; {@code null} when none of them voted.
     *
     * <p>The law gives a buyer of several units one head but says nothing of units voted differently (by a
     * spouse, a tenant holding a proxy). The rule chosen here: the head takes part if any of their units voted,
     * and counts for the choice that carries the most area among their voting units, as the area count already
     * weighs each unit; when two choices carry the same largest area the owner's will is undecided, and the
     * head counts as abstaining: it took part, and supports nothing.
     */
    static @Nullable Choice choiceOfHead(List<UnitVote> unitsOfOneOwner) {
        Map<Choice, Area> areaByChoice = new EnumMap<>(Choice.class);
        for (UnitVote unit : unitsOfOneOwner) {
            if (unit.choice() != null) {
                areaByChoice.merge(unit.choice(), unit.area(), Area::plus);
            }
        }
        @Nullable Choice largest = null;
        boolean tied = false;
        for (Map.Entry<Choice, Area> entry : areaByChoice.entrySet()) {
            int comparison = largest == null ? 1 : entry.getValue().compareTo(areaByChoice.get(largest));
            if (comparison > 0) {
                largest = entry.getKey();
                tied = false;
            } else if (comparison == 0) {
                tied = true;
            }
        }
        return tied ? Choice.ABSTAIN : largest;
    }
}
