package org.cocreate.points.ui;

import static org.cocreate.points.ui.GrantReviewTexts.dateTime;
import static org.cocreate.points.ui.GrantReviewTexts.fact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.points.GrantLine;
import org.cocreate.points.GrantOutcome;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.GrantStatus;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.FourEyes;
import org.cocreate.security.Role;
import org.cocreate.security.SignedInUser;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.security.ui.StaffNames;

/**
 * The grants of the working community waiting for an admin's approval, oldest first, one card each so that
 * a tablet shows everything needed to decide: who, for what, how much, when, the note, who made it, the
 * photo. Workers see the queue; only an admin approves (one tap) or rejects (with a reason), and never a
 * grant they made themself (nor one the four-eyes rule keeps from them, see FourEyes): that needs another
 * admin.
 */
@Route("points/approvals")
@Menu(order = 43, icon = "vaadin:check-circle", title = "nav.approvals")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME})
class ApprovalQueueView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private StaffNames staffNames = StaffNames.empty();

    final Badge count = new Badge("", Badge.Tone.PROMINENT);
    final Div cards = new Div();
    final Paragraph empty = new Paragraph();

    private final GrantReviewService review;
    private final FourEyes fourEyes;
    private final long communityId;
    private final boolean mayDecide;
    private final String username;

    ApprovalQueueView(GrantReviewService review, CurrentUser currentUser, WorkingCommunity workingCommunity,
            UserService users, FourEyes fourEyes) {
        this.users = users;
        this.review = review;
        this.fourEyes = fourEyes;
        this.communityId = workingCommunity.id();
        this.mayDecide = currentUser.has(Role.ADMIN);
        this.username = currentUser.get().map(SignedInUser::username).orElse("");
        setPadding(false);
        setSpacing(false);

        count.setTestId("approvals-count");
        cards.addClassName("review-cards");
        cards.setTestId("approvals-cards");
        empty.setText(getTranslation("approvals.empty"));
        empty.addClassName("review-empty");
        empty.setTestId("approvals-empty");

        var hint = new Paragraph(getTranslation(mayDecide ? "approvals.hint.admin" : "approvals.hint.worker"));
        hint.addClassName("review-hint");
        var content = new VerticalLayout(hint, cards, empty);
        content.addClassName("review-content");
        add(new ViewToolbar(getTranslation("approvals.title"), count), content);
        reload();
    }

    /** The card of a waiting grant, if it is in the queue. */
    Optional<Card> card(long grantId) {
        return cards.getChildren().filter(Card.class::isInstance).map(Card.class::cast)
                .filter(c -> c.line.grantId() == grantId).findFirst();
    }

    private void reload() {
        List<GrantLine> waiting = review.approvalQueue(communityId);
        staffNames = StaffNames.of(users, waiting.stream().map(GrantLine::createdBy));
        cards.removeAll();
        waiting.forEach(line -> cards.add(new Card(line)));
        count.setText(getTranslation("approvals.count", waiting.size()));
        count.tone(waiting.isEmpty() ? Badge.Tone.MUTED : Badge.Tone.PROMINENT);
        empty.setVisible(waiting.isEmpty());
        cards.setVisible(!waiting.isEmpty());
    }

    private void approve(GrantLine line) {
        GrantOutcome outcome;
        try {
            outcome = review.approve(line.grantId());
        } catch (RefusedException refusal) {
            Notifications.refused(refusal);
            reload();
            return;
        }
        if (outcome.status() == GrantStatus.NOTICE) {
            Notifications.success("approvals.approved.notice", line.residentName(),
                    dateTime(outcome.noticeUntil()));
        } else {
            Notifications.success("approvals.approved.posted", line.residentName());
        }
        reload();
    }

    private void openReject(GrantLine line) {
        var reason = new TextArea(getTranslation("approvals.reject.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setTestId("approvals-reject-reason");
        var dialog = new FormDialog(getTranslation("approvals.reject.title"), new Paragraph(getTranslation(
                "approvals.reject.text", line.residentName(), line.ruleName())), reason)
                .refusalsAt(Map.of("reason", reason));
        var confirm = dialog.primary(getTranslation("approvals.reject.confirm"), () -> {
            review.reject(line.grantId(), reason.getValue());
            Notifications.success("approvals.rejected", line.residentName());
            reload();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.ERROR);
        confirm.setTestId("approvals-reject-confirm");
        dialog.open(reason);
    }

    private void openPhoto(GrantLine line) {
        Image large = GrantReviewTexts.photo(review, line.grantId(),
                getTranslation("grantReview.photo.alt", line.residentName()), "review-photo-large");
        new FormDialog(getTranslation("grantReview.photo.title", line.residentName(), line.ruleName()), large)
                .width(FormDialog.Width.CONTENT).showOnly().open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.approvals");
    }

    /** One waiting grant, with the admin's two actions (or why there are none). */
    final class Card extends Div {

        final GrantLine line;
        final Button approve = new Button();
        final Button reject = new Button();
        final Span ownGrant = new Span();
        final Button photo = new Button();

        Card(GrantLine line) {
            this.line = line;
            addClassName("review-card");
            setTestId("approvals-card-" + line.grantId());

            var body = GrantReviewTexts.cardBody(this, line, null,
                    fact(this, "grantReview.label.createdBy", getTranslation("grantReview.createdBy",
                            staffNames.name(line.createdBy()), dateTime(line.createdAt()))));

            var actions = new Div();
            actions.addClassName("review-card-actions");
            photo.setVisible(line.hasPhoto());
            photo.setTestId("approvals-photo");
            if (line.hasPhoto()) {
                Image thumbnail = GrantReviewTexts.photo(review, line.grantId(),
                        getTranslation("grantReview.photo.alt", line.residentName()), "review-photo-thumb");
                photo.setIcon(thumbnail);
                photo.setAriaLabel(getTranslation("grantReview.photo.open"));
                photo.addThemeVariants(ButtonVariant.TERTIARY);
                photo.addClassName("review-photo-button");
                photo.addClickListener(e -> openPhoto(line));
                add(photo);
            }
            boolean own = username.equals(line.createdBy());
            // Not only their own grants: also those of an account they created or whose password they reset.
            boolean independent = mayDecide && fourEyes.independentOf(line.createdBy());
            approve.setText(getTranslation("approvals.approve"));
            approve.setIcon(VaadinIcon.CHECK.create());
            approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            approve.setTestId("approvals-approve");
            approve.setVisible(mayDecide && independent);
            approve.addClickListener(e -> {
                approve.setEnabled(false);
                approve(line);
            });
            reject.setText(getTranslation("approvals.reject"));
            reject.setIcon(VaadinIcon.CLOSE.create());
            reject.addThemeVariants(ButtonVariant.ERROR);
            reject.setTestId("approvals-reject");
            reject.setVisible(mayDecide && !own);
            reject.addClickListener(e -> openReject(line));
            ownGrant.setText(getTranslation("approvals.ownGrant"));
            ownGrant.addClassName("review-card-own");
            ownGrant.setVisible(mayDecide && !independent);
            actions.add(approve, reject, ownGrant);
            add(body, actions);
        }
    }
}
