package org.cocreate.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Notifications;
import org.cocreate.meeting.MeetingStatus;
import org.cocreate.meeting.Minutes;
import org.cocreate.meeting.MinutesService;
import org.cocreate.meeting.VoteLine;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * 会议纪要 to print (A4, each item on a page of its own where it fits) and to download as a Word file; staff
 * publish the decisions on the public page from here once the meeting is closed.
 */
@Route(value = "meetings/:meetingId([0-9]{1,18})/minutes", autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class MinutesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Button print = new Button();
    final Anchor word = new Anchor();
    final Button publish = new Button();
    final Div body = new Div();

    private final MinutesService minutesService;
    private final boolean staff;
    private @Nullable Minutes minutes;

    MinutesView(MinutesService minutesService, CurrentUser currentUser) {
        this.minutesService = minutesService;
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        addClassNames("points-print-page", "minutes-page");
        print.setText(getTranslation("common.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.setTestId("minutes-print");
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        word.setText(getTranslation("minutes.word"));
        word.setTestId("minutes-word");
        word.addClassName("minutes-word");
        publish.setText(getTranslation("minutes.publish"));
        publish.setIcon(VaadinIcon.MEGAPHONE.create());
        publish.setTestId("minutes-publish");
        publish.addClickListener(e -> {
            try {
                minutesService.publish(Objects.requireNonNull(minutes).meeting().id());
                Notifications.success("minutes.published");
                load(minutes.meeting().id());
            } catch (RefusedException refused) {
                Notifications.error(refused.messageKey(), refused.arguments());
            }
        });
        var back = new RouterLink(getTranslation("minutes.back"), MeetingsView.class);
        back.setTestId("minutes-back");
        back.addClassName("minutes-word");
        var actions = new HorizontalLayout(print, word, publish, back);
        actions.addClassNames("no-print", "points-print-actions");
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        // An A4 sheet on the screen as on paper, under the buttons (which share its width).
        body.addClassNames("points-print-sheet", "minutes-body");
        body.setTestId("minutes-body");
        add(actions, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(Long.parseLong(event.getRouteParameters().get(MeetingView.PARAMETER).orElseThrow()));
    }

    private void load(long meetingId) {
        Minutes shown = minutesService.minutes(meetingId);
        minutes = shown;
        var meeting = shown.meeting();
        word.setHref(Localized.download(download -> {
            byte[] bytes = MinutesDocument.docx(this, minutesService.minutes(meetingId));
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(shown),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.length);
        }));
        publish.setVisible(staff && meeting.status() == MeetingStatus.CLOSED && meeting.minutesPublishedAt() == null);
        body.removeAll();
        body.add(new H1(getTranslation("minutes.heading", meeting.title())), new Paragraph(MeetingTexts.facts(this, meeting)));
        if (meeting.minutesPublishedAt() != null) {
            body.add(new Paragraph(getTranslation("minutes.publishedOn",
                    Formats.current().dateTime(meeting.minutesPublishedAt()))));
        }
        body.add(new H2(getTranslation("minutes.attendance")),
                new Paragraph(getTranslation("minutes.present", MinutesDocument.names(shown.members(), true, false))),
                new Paragraph(getTranslation("minutes.absent", MinutesDocument.names(shown.members(), false, false))),
                new Paragraph(getTranslation("minutes.guests", MinutesDocument.names(shown.members(), true, true))));
        for (Minutes.ItemMinutes entry : shown.items()) {
            var item = entry.item();
            var section = new Div(new H2(item.position() + ". " + item.title()));
            section.addClassName("minutes-item");
            section.setTestId("minutes-item-" + item.id());
            section.add(new Paragraph(getTranslation("minutes.kind",
                    getTranslation("meeting.item.kind." + item.kind().name()))));
            section.add(new Paragraph(item.result() == null ? getTranslation("minutes.notVoted")
                    : getTranslation("minutes.result", getTranslation("meeting.item.result." + item.result().name()),
                            MeetingTexts.tally(this, item.tally()))));
            if (item.decision() != null) {
                section.add(new Paragraph(getTranslation("minutes.decision", item.decision())));
            }
            if (item.owner() != null) {
                section.add(new Paragraph(getTranslation("minutes.owner", item.owner())));
            }
            if (item.deadline() != null) {
                section.add(new Paragraph(getTranslation("minutes.deadline", Formats.current().date(item.deadline()))));
            }
            if (item.notes() != null) {
                section.add(new Paragraph(getTranslation("minutes.notes", item.notes())));
            }
            if (!entry.votes().isEmpty()) {
                var votes = new Div();
                votes.addClassName("minutes-votes");
                for (VoteLine vote : entry.votes()) {
                    var line = new Div(new Span(vote.name()), new Span(MeetingTexts.choice(this, vote.choice())),
                            new Span(getTranslation("meeting.way." + vote.way().name()) + " · "
                                    + Formats.current().time(vote.castAt().toLocalTime())));
                    line.addClassName("minutes-vote");
                    votes.add(line);
                }
                section.add(votes);
            }
            body.add(section);
        }
    }

    private String fileName(Minutes shown) {
        return getTranslation("minutes.fileName", shown.meeting().startsAt().toLocalDate().toString()) + ".docx";
    }

    @Override
    public String getPageTitle() {
        Minutes shown = minutes;
        return shown == null ? getTranslation("nav.meetings")
                : getTranslation("minutes.heading", shown.meeting().title());
    }
}
