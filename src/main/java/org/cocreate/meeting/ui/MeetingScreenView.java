package org.cocreate.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.meeting.ItemEntry;
import org.cocreate.meeting.ItemStatus;
import org.cocreate.meeting.MeetingChanged;
import org.cocreate.meeting.MeetingEntry;
import org.cocreate.meeting.MeetingService;
import org.cocreate.meeting.Quorum;
import org.cocreate.meeting.Tally;
import org.cocreate.meeting.VoteChoice;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * 大屏: the meeting on the room's projector, readable from the back row: who is here against the quorum, the
 * item being voted on with its votes counted as they come (never who voted how), or the last result. Opened
 * from the secretary's page on the computer that drives the projector; follows the meeting live.
 */
@Route(value = "meetings/:meetingId([0-9]{1,18})/screen", autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class MeetingScreenView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Span title = new Span();
    final Div quorum = new Div();
    final Div current = new Div();

    private final MeetingService meetings;
    private @Nullable MeetingEntry meeting;

    MeetingScreenView(MeetingService meetings, LiveEvents liveEvents) {
        this.meetings = meetings;
        addClassName("meeting-screen");
        setSizeFull();
        title.addClassName("meeting-screen-title");
        quorum.addClassName("meeting-screen-quorum");
        quorum.setTestId("screen-quorum");
        current.addClassName("meeting-screen-current");
        current.setTestId("screen-current");
        add(new H1(title), quorum, current);
        LiveScreen.follow(this, liveEvents, MeetingChanged.class, () -> meeting == null ? null : meeting.communityId(),
                change -> {
                    MeetingEntry shown = meeting;
                    if (shown != null && change.meetingId() == shown.id()) {
                        refresh();
                    }
                });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meeting = meetings.get(Long.parseLong(event.getRouteParameters().get(MeetingView.PARAMETER).orElseThrow()));
        refresh();
    }

    void refresh() {
        MeetingEntry shown = meetings.get(Objects.requireNonNull(meeting).id());
        meeting = shown;
        title.setText(shown.title());
        Quorum counted = meetings.quorum(shown.id());
        quorum.removeAll();
        var present = new Span(getTranslation("meeting.screen.present", counted.present(), counted.invited()));
        present.addClassName("meeting-screen-present");
        var state = new Span(getTranslation(counted.reached() ? "meeting.quorum.reached" : "meeting.quorum.missing"));
        state.addClassNames("meeting-screen-state", counted.reached() ? "reached" : "missing");
        quorum.add(present, state);

        current.removeAll();
        List<ItemEntry> items = meetings.items(shown.id());
        ItemEntry voting = items.stream().filter(i -> i.status() == ItemStatus.VOTING).findFirst()
                .orElseGet(() -> items.stream().filter(i -> i.closedAt() != null)
                        .max(Comparator.comparing(i -> Objects.requireNonNull(i.closedAt()))).orElse(null));
        if (voting == null) {
            var none = new Span(getTranslation("meeting.screen.noVote"));
            none.addClassName("meeting-screen-none");
            current.add(none);
            return;
        }
        var itemTitle = new Span(voting.title());
        itemTitle.addClassName("meeting-screen-item");
        current.add(itemTitle);
        Tally tally = voting.tally();
        var bars = new Div();
        bars.addClassName("meeting-screen-bars");
        bars.add(bar(getTranslation("meeting.choice." + VoteChoice.FOR.name()), tally.votesFor(), tally.present(), "for"),
                bar(getTranslation("meeting.choice." + VoteChoice.AGAINST.name()), tally.against(), tally.present(),
                        "against"),
                bar(getTranslation("meeting.choice." + VoteChoice.ABSTAIN.name()), tally.abstain(), tally.present(),
                        "abstain"),
                bar(getTranslation("meeting.screen.notVoted"), Math.max(0, tally.present() - tally.cast()),
                        tally.present(), "none"));
        current.add(bars);
        if (voting.result() != null) {
            var result = new Span(getTranslation("meeting.item.result." + voting.result().name()));
            result.addClassNames("meeting-screen-result", voting.result().name().toLowerCase(java.util.Locale.ROOT));
            result.setTestId("screen-result");
            current.add(result);
        }
    }

    private Div bar(String label, int count, int of, String kind) {
        var name = new Span(label);
        name.addClassName("meeting-screen-bar-label");
        var fill = new Div();
        fill.addClassName("meeting-screen-bar-fill");
        fill.getStyle().set("width", (of == 0 ? 0 : Math.round(100.0 * count / of)) + "%");
        var track = new Div(fill);
        track.addClassName("meeting-screen-bar-track");
        var number = new Span(String.valueOf(count));
        number.addClassName("meeting-screen-bar-count");
        number.setTestId("screen-count-" + kind);
        var bar = new Div(name, track, number);
        bar.addClassNames("meeting-screen-bar", kind);
        return bar;
    }

    @Override
    public String getPageTitle() {
        MeetingEntry shown = meeting;
        return shown == null ? getTranslation("nav.meetings") : shown.title();
    }
}
