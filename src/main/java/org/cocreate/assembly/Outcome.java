package org.cocreate.assembly;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an owners' assembly decided on one matter under article 278 of the Civil Code, as {@link
 * AssemblyRule#decide} found it: whether enough owners took part, whether the matter was adopted, the count and
 * the thresholds applied. The shares below are percentages for the screens and the public notice, rounded to
 * two decimals; the decision never reads them, as a rounded 66.67% is not two thirds.
 */
public record Outcome(Tally tally, boolean participationMet, boolean adopted, Threshold participation,
        Threshold decision) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The participating area that was for, in percent. */
    public BigDecimal areaShareFor() {
        return percent(tally.forArea().squareMetres(), tally.participatingArea().squareMetres());
    }

    /** The participating heads that were for, in percent. */
    public BigDecimal headShareFor() {
        return percent(BigDecimal.valueOf(tally.forHeads()), BigDecimal.valueOf(tally.participatingHeads()));
    }

    /** The total area that took part, in percent. */
    public BigDecimal areaShareParticipating() {
        return percent(tally.participatingArea().squareMetres(), tally.totalArea().squareMetres());
    }

    /** The heads that took part, in percent. */
    public BigDecimal headShareParticipating() {
        return percent(BigDecimal.valueOf(tally.participatingHeads()), BigDecimal.valueOf(tally.totalHeads()));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
