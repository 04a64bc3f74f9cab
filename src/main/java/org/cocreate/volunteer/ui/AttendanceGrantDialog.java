package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.points.RuleEntry;
import org.cocreate.volunteer.ActivityEntry;
import org.cocreate.volunteer.AttendanceGrantService;
import org.cocreate.volunteer.GrantProposal;

/**
 * 发放积分 after the close: each volunteer who came with their hours and the points the standard's rule gives
 * them (per time or per hour, cut to the rule's caps), ticked; the worker unticks anyone and sends the rest in
 * one all-or-none bulk grant. Those granted already are shown with what they got, not ticked again.
 */
final class AttendanceGrantDialog extends FormDialog {

    /** The note each grant carries, cut to what a grant's note takes. */
    private static final int NOTE_MAX = 500;

    final Map<Long, Checkbox> ticks = new LinkedHashMap<>();
    final Span total = new Span();
    private final GrantProposal proposal;

    AttendanceGrantDialog(AttendanceGrantService attendanceGrants, ActivityEntry activity, GrantProposal proposal,
            Runnable afterwards) {
        super("");
        this.proposal = proposal;
        RuleEntry rule = Objects.requireNonNull(proposal.rule());
        setHeaderTitle(getTranslation("roster.grant.title", activity.title(), rule.content().name()));
        width(Width.WIDE);
        var explanation = new Paragraph(getTranslation(rule.content().perHour() ? "roster.grant.perHour"
                : "roster.grant.perTime", rule.content().points().value()));
        explanation.addClassName("proposals-details");
        var list = new Div();
        list.addClassName("roster-grant-lines");
        for (GrantProposal.Line line : proposal.lines()) {
            list.add(row(rule, line));
        }
        total.addClassName("roster-grant-total");
        total.setTestId("roster-grant-total");
        add(explanation, list, total);
        count();
        if (proposal.offered()) {
            primary(getTranslation("roster.grant.submit"), () -> {
                List<Long> chosen = new ArrayList<>();
                ticks.forEach((residentId, tick) -> {
                    if (tick.getValue()) {
                        chosen.add(residentId);
                    }
                });
                String note = getTranslation("roster.grant.note", activity.title());
                var sent = attendanceGrants.submit(activity.id(), chosen,
                        note.length() > NOTE_MAX ? note.substring(0, NOTE_MAX) : note);
                Notifications.success(sent.waiting() > 0 ? "roster.grant.submittedWaiting" : "roster.grant.submitted",
                        sent.residents(), sent.points(), sent.waiting());
                afterwards.run();
                return true;
            }).setTestId("roster-grant-submit");
        } else {
            showOnly();
        }
        getElement().setAttribute("data-testid", "roster-grant-dialog");
    }

    private Div row(RuleEntry rule, GrantProposal.Line line) {
        var name = new Span(line.name());
        name.addClassName("meeting-member-name");
        var served = new Span(getTranslation("roster.grant.served", VolunteerTexts.hours(line.minutes())));
        served.addClassName("proposals-details");
        var who = new Div(name, served);
        who.addClassName("meeting-member-who");
        var row = new Div();
        row.addClassName("roster-line");
        row.setTestId("roster-grant-line-" + line.residentId());
        String unit = getTranslation(rule.content().perHour() ? "roster.grant.hours" : "roster.grant.times",
                line.quantity());
        if (line.granted() != null) {
            row.add(who, new Badge(getTranslation("roster.grant.granted", line.granted()
                    * rule.content().points().value()), Badge.Tone.SUCCESS));
            return row;
        }
        if (!line.open()) {
            row.add(who, new Badge(getTranslation(line.cappedFrom() != null ? "roster.grant.capReached"
                    : "roster.grant.nothing"), Badge.Tone.MUTED));
            return row;
        }
        var tick = new Checkbox(getTranslation("roster.grant.line", unit, line.points()), true);
        tick.addClassName("roster-grant-tick");
        tick.setTestId("roster-grant-tick-" + line.residentId());
        tick.addValueChangeListener(e -> count());
        ticks.put(line.residentId(), tick);
        row.add(who, tick);
        if (line.cappedFrom() != null) {
            var capped = new Span(getTranslation("roster.grant.capped", line.cappedFrom()));
            capped.addClassName("proposals-details");
            who.add(capped);
        }
        return row;
    }

    /** The ticked volunteers and their points together, as the worker changes the ticks. */
    private void count() {
        long people = 0;
        long points = 0;
        for (GrantProposal.Line line : proposal.open()) {
            Checkbox tick = ticks.get(line.residentId());
            if (tick != null && tick.getValue()) {
                people++;
                points += line.points();
            }
        }
        total.setText(proposal.offered() ? getTranslation("roster.grant.total", people, points)
                : getTranslation("roster.grant.allSent"));
    }
}
