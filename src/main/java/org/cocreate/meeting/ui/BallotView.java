package org.cocreate.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.Map;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.meeting.Ballot;
import org.cocreate.meeting.MeetingChanged;
import org.cocreate.meeting.VoteChoice;
import org.cocreate.meeting.VotingService;
import org.cocreate.security.ui.LanguageSwitch;
import org.jspecify.annotations.Nullable;

/**
 * A member's own phone, by the personal link the secretary's tablet showed as a QR code, without an account:
 * the meeting, the item open for votes and three big buttons; the chosen one stays marked and can be changed
 * until the item closes. Follows the meeting live (the next item opening, the vote closing). A link that is
 * not (or no longer) valid shows one plain sentence, whatever the reason.
 */
@Route(value = "ballot/:token", autoLayout = false)
@AnonymousAllowed
class BallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "token";

    final Span meetingTitle = new Span();
    final Span memberName = new Span();
    final Paragraph waiting = new Paragraph();
    final Div item = new Div();
    final Span itemTitle = new Span();
    final Paragraph yourVote = new Paragraph();
    final Map<VoteChoice, Button> choices = new EnumMap<>(VoteChoice.class);
    final Paragraph invalid = new Paragraph();

    private final VotingService voting;
    private @Nullable String token;
    private @Nullable Ballot ballot;

    BallotView(VotingService voting, LiveEvents liveEvents) {
        this.voting = voting;
        addClassName("ballot-page");
        setPadding(false);
        var appName = new H1(getTranslation("app.name"));
        appName.addClassName("public-app-name");
        var header = new Div(appName, new LanguageSwitch(null));
        header.addClassName("public-header");
        meetingTitle.addClassName("ballot-meeting");
        meetingTitle.setTestId("ballot-meeting");
        memberName.addClassName("ballot-member");
        memberName.setTestId("ballot-member");
        waiting.setText(getTranslation("ballot.waiting"));
        waiting.addClassName("ballot-waiting");
        waiting.setTestId("ballot-waiting");
        itemTitle.addClassName("ballot-item-title");
        itemTitle.setTestId("ballot-item");
        yourVote.addClassName("ballot-your-vote");
        yourVote.setTestId("ballot-your-vote");
        var buttons = new Div();
        buttons.addClassName("ballot-choices");
        for (VoteChoice choice : VoteChoice.values()) {
            var button = new Button(MeetingTexts.choice(this, choice), e -> cast(choice));
            button.addThemeVariants(ButtonVariant.LARGE);
            button.addClassNames("ballot-choice", "ballot-choice-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            button.setIcon((switch (choice) {
                case FOR -> VaadinIcon.THUMBS_UP;
                case AGAINST -> VaadinIcon.THUMBS_DOWN;
                case ABSTAIN -> VaadinIcon.MINUS_CIRCLE_O;
            }).create());
            button.setTestId("ballot-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            choices.put(choice, button);
            buttons.add(button);
        }
        item.add(itemTitle, buttons, yourVote);
        item.addClassName("ballot-item");
        invalid.setText(getTranslation("meeting.ballot.invalid"));
        invalid.addClassName("ballot-invalid");
        invalid.setTestId("ballot-invalid");
        var who = new Div(meetingTitle, memberName);
        who.addClassName("ballot-who");
        add(header, who, invalid, waiting, item);
        LiveScreen.follow(this, liveEvents, MeetingChanged.class, () -> ballot == null ? null : ballot.communityId(),
                change -> {
                    Ballot shown = ballot;
                    if (shown != null && change.meetingId() == shown.meetingId() && change.concerns(shown.residentId())) {
                        load();
                    }
                });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(PARAMETER).orElse("");
        load();
    }

    /** What the link shows now; a link no longer valid (the meeting closed, the link revoked) says so. */
    void load() {
        try {
            show(voting.ballot(java.util.Objects.requireNonNull(token)));
        } catch (RefusedException refused) {
            ballot = null;
            showInvalid(refused);
        }
    }

    private void cast(VoteChoice choice) {
        Ballot shown = ballot;
        if (shown == null || shown.itemId() == null) {
            return;
        }
        try {
            show(voting.castBallot(java.util.Objects.requireNonNull(token), shown.itemId(), choice));
        } catch (RefusedException refused) {
            if ("meeting.ballot.invalid".equals(refused.messageKey()) || "meeting.ballot.wait".equals(refused.messageKey())) {
                ballot = null;
                showInvalid(refused);
            } else {
                // The vote closed meanwhile: show what is open now.
                load();
            }
        }
    }

    private void show(Ballot shown) {
        ballot = shown;
        invalid.setVisible(false);
        meetingTitle.setText(shown.meetingTitle());
        memberName.setText(getTranslation("ballot.member", shown.memberName()));
        boolean open = shown.itemId() != null;
        waiting.setVisible(!open);
        item.setVisible(open);
        itemTitle.setText(shown.itemTitle() == null ? "" : shown.itemTitle());
        VoteChoice mine = shown.myVote();
        choices.forEach((choice, button) -> {
            boolean chosen = choice == mine;
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            button.getElement().getClassList().set("chosen", chosen);
            if (chosen) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        });
        yourVote.setText(mine == null ? getTranslation("ballot.notYet")
                : getTranslation("ballot.yourVote", MeetingTexts.choice(this, mine)));
    }

    private void showInvalid(RefusedException refused) {
        invalid.setText(getTranslation(refused.messageKey(), refused.arguments()));
        invalid.setVisible(true);
        waiting.setVisible(false);
        item.setVisible(false);
        meetingTitle.setText("");
        memberName.setText("");
    }

    @Override
    public String getPageTitle() {
        Ballot shown = ballot;
        return shown == null ? getTranslation("ballot.pageTitle") : shown.meetingTitle();
    }
}
