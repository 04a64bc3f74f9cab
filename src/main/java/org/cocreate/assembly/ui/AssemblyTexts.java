package org.cocreate.assembly.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cocreate.assembly.AssemblyStatus;
import org.cocreate.assembly.Threshold;
import org.cocreate.base.Area;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;

/** The words and figures the assembly's screens share: statuses, thresholds, areas and heads with their shares. */
final class AssemblyTexts {

    private AssemblyTexts() {
    }

    static Badge status(Component owner, AssemblyStatus status) {
        return new Badge(owner.getTranslation(status.translationKey()), switch (status) {
            case DRAFT -> Badge.Tone.NEUTRAL;
            case OPEN -> Badge.Tone.SUCCESS;
            case CLOSED -> Badge.Tone.MUTED;
        });
    }

    /** 不少于 2/3 (以上: the share itself included) or 超过 1/2 (过半数: not included). */
    static String threshold(Component owner, Threshold threshold) {
        return owner.getTranslation(threshold.inclusive() ? "assembly.threshold.atLeast" : "assembly.threshold.moreThan",
                threshold.numerator(), threshold.denominator());
    }

    /**
     * 来自居民提议：加装电梯 · 预算 ¥1,200,000.00 — what the owners are shown of the proposal an item comes from;
     * nothing for an item of the committee's own.
     */
    static @org.jspecify.annotations.Nullable String fromProposal(Component owner, org.cocreate.assembly.ItemEntry item) {
        if (item.proposalTitle() == null) {
            return null;
        }
        String from = owner.getTranslation("assembly.item.fromProposal", item.proposalTitle());
        return item.budget() == null ? from : from + " · " + owner.getTranslation("assembly.item.budget",
                owner.getTranslation("proposal.yuan", Formats.current().decimal(item.budget().yuan())));
    }

    /** 720.00 ㎡ / 1,080.00 ㎡（66.67%） */
    static String area(Component owner, Area part, Area whole) {
        return owner.getTranslation("assembly.share.area", squareMetres(part), squareMetres(whole),
                percent(part.squareMetres(), whole.squareMetres()));
    }

    /** 8 户 / 12 户（66.67%） */
    static String heads(Component owner, long part, long whole) {
        return owner.getTranslation("assembly.share.heads", part, whole,
                percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)));
    }

    static String squareMetres(Area area) {
        return Formats.current().decimal(area.squareMetres());
    }

    /** A share for display only, to the hundredth of a percent; the decision compares exact fractions. */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
