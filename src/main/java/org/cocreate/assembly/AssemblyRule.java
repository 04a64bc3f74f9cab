package org.cocreate.assembly;

import org.cocreate.base.Area;
import static org.cocreate.assembly.Threshold.AT_LEAST_THREE_QUARTERS;
import static org.cocreate.assembly.Threshold.AT_LEAST_TWO_THIRDS;
import static org.cocreate.assembly.Threshold.MORE_THAN_HALF;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How an owners' assembly decides, after article 278 para. 2 of the Civil Code: owners holding two thirds or
 * more of the exclusive area and two thirds or more of the heads must take part; a matter of items 6 to 8 is
 * adopted with three quarters or more of the participating area and of the participating heads, any other
 * with more than half of each. Area and heads must both hold, every time.
 *
 * <p>A community's rules of procedure or covenant may ask for more ({@link #stricter}, {@link
 * #stricterParticipation}), never for less: the law's shares are the floor, and a looser one is refused.
 */
public record AssemblyRule(Threshold participation, Map<Matter, Threshold> decisions) {

    public AssemblyRule {
        if (!participation.atLeastAsStrictAs(AT_LEAST_TWO_THIRDS)) {
            throw new IllegalArgumentException("participation " + participation + " is looser than the law's "
                    + AT_LEAST_TWO_THIRDS + " (Civil Code art. 278)");
        }
        Map<Matter, Threshold> copy = new EnumMap<>(Matter.class);
        for (Matter matter : Matter.values()) {
            Threshold decision = decisions.get(matter);
            if (decision == null) {
                throw new IllegalArgumentException("no threshold for " + matter);
            }
            if (!decision.atLeastAsStrictAs(lawsDecision(matter))) {
                throw new IllegalArgumentException(matter + " by " + decision + " is looser than the law's "
                        + lawsDecision(matter) + " (Civil Code art. 278)");
            }
            copy.put(matter, decision);
        }
        decisions = Collections.unmodifiableMap(copy);
    }

    /** The Civil Code's own rule, for a community whose rules of procedure ask for nothing more. */
    public static AssemblyRule civilCode() {
        Map<Matter, Threshold> decisions = new EnumMap<>(Matter.class);
        for (Matter matter : Matter.values()) {
            decisions.put(matter, lawsDecision(matter));
        }
        return new AssemblyRule(AT_LEAST_TWO_THIRDS, decisions);
    }

    /**
     * This rule with {@code decision} for {@code matter}, as a covenant may set it (renovation by four fifths);
     * refused when looser than the law.
     */
    public AssemblyRule stricter(Matter matter, Threshold decision) {
        Map<Matter, Threshold> changed = new EnumMap<>(decisions);
        changed.put(matter, decision);
        return new AssemblyRule(participation, changed);
    }

    /** This rule with the covenant's share of area and heads that must take part; refused when looser than the law. */
    public AssemblyRule stricterParticipation(Threshold stricter) {
        return new AssemblyRule(stricter, decisions);
    }

    public Threshold decision(Matter matter) {
        return decisions.get(matter);
    }

    /**
     * The outcome of {@code matter} on {@code tally}: enough took part by area and by heads, and enough of those
     * who took part were for it by area and by heads. Abstaining counts as taking part and not as for.
     */
    public Outcome decide(Matter matter, Tally tally) {
        Threshold decision = decision(matter);
        boolean participationMet = participation.met(tally.participatingArea().squareMetres(),
                tally.totalArea().squareMetres())
                && participation.met(tally.participatingHeads(), tally.totalHeads());
        boolean adopted = participationMet
                && decision.met(tally.forArea().squareMetres(), tally.participatingArea().squareMetres())
                && decision.met(tally.forHeads(), tally.participatingHeads());
        return new Outcome(tally, participationMet, adopted, participation, decision);
    }

    /** Art. 278 para. 2: three quarters for items 6 to 8, more than half for the rest. */
    private static Threshold lawsDecision(Matter matter) {
        return matter.special() ? AT_LEAST_THREE_QUARTERS : MORE_THAN_HALF;
    }
}
