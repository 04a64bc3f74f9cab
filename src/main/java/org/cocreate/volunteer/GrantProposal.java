package org.cocreate.volunteer;

import java.time.LocalDate;
import java.util.List;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/**
 * What a closed activity offers its volunteers by the scoring standard's rule for taking part (none: the
 * standard has no rule for it, and nothing is offered): one line per volunteer who came, with the minutes
 * served on all their shifts and the times or hours the rule would grant, kept within the rule's caps.
 */
public record GrantProposal(@Nullable RuleEntry rule, LocalDate date, List<Line> lines) {

    /**
     * A volunteer's line. {@code quantity} is times (1) or whole hours, rounded half up; {@code cappedFrom} the
     * quantity before the rule's daily or monthly cap cut it; {@code granted} the quantity already sent out for
     * this activity (null: nothing yet).
     */
    public record Line(long residentId, String name, int minutes, int quantity, long points,
            @Nullable Integer cappedFrom, @Nullable Integer granted) {

        /** Still to be sent: something to grant and nothing granted yet. */
        public boolean open() {
            return granted == null && quantity > 0;
        }
    }

    public static GrantProposal none(LocalDate date) {
        return new GrantProposal(null, date, List.of());
    }

    /** Something to send: a rule and at least one volunteer not granted yet. */
    public boolean offered() {
        return rule != null && lines.stream().anyMatch(Line::open);
    }

    public List<Line> open() {
        return lines.stream().filter(Line::open).toList();
    }

    public boolean anyGranted() {
        return lines.stream().anyMatch(line -> line.granted() != null);
    }
}
