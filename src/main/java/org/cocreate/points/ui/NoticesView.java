package org.cocreate.points.ui;

import static org.cocreate.points.ui.GrantReviewTexts.dateTime;
import static org.cocreate.points.ui.GrantReviewTexts.fact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.points.GrantLine;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.GrantStatus;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.security.ui.StaffNames;
import org.jspecify.annotations.Nullable;

/**
 * The public notice period (公示) as staff and supervisors follow it: grants on notice and those an objection
 * holds, with full names. A supervisor objects in their own name, staff on behalf of a resident; an admin
 * decides an objection with a note (upheld: the grant is cancelled; dismissed: it posts). The second tab
 * keeps the grants decided lately.
 */
@Route("points/notices")
@Menu(order = 44, icon = "vaadin:megaphone", title = "nav.notices")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.SUPERVISOR_NAME})
class NoticesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter of the filter, so that the workbench's to-dos open the list filtered. */
    static final String SHOW = "show";

    /** Which of the current notices the list shows. */
    enum Show {
        ALL, OBJECTED, ENDING_TODAY;

        String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Show ofParameter(@Nullable String value) {
            return Arrays.stream(values()).filter(s -> s.parameter().equals(value)).findFirst().orElse(ALL);
        }

        boolean shows(GrantLine line, LocalDate today) {
            return switch (this) {
                case ALL -> true;
                case OBJECTED -> line.status() == GrantStatus.OBJECTED;
                case ENDING_TODAY -> line.status() == GrantStatus.NOTICE && line.noticeUntil() != null
                        && line.noticeUntil().toLocalDate().equals(today);
            };
        }
    }

    private final UserService users;
    private StaffNames staffNames = StaffNames.empty();

    static final int DECIDED_LIMIT = 50;

    final TabSheet tabs = new TabSheet();
    final Div cards = new Div();
    final Paragraph empty = new Paragraph();
    final Grid<GrantLine> decided = new Grid<>();
    final Anchor publicPage = new Anchor();
    final Map<Show, Button> filters = new EnumMap<>(Show.class);
    private Show show = Show.ALL;
    private final Clock clock;

    private final GrantReviewService review;
    private final long communityId;
    private final boolean isAdmin;
    private final boolean objectsInOwnName;

    NoticesView(GrantReviewService review, CurrentUser currentUser, WorkingCommunity workingCommunity,
            UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        this.review = review;
        this.communityId = workingCommunity.id();
        this.isAdmin = currentUser.has(Role.ADMIN);
        this.objectsInOwnName = currentUser.has(Role.SUPERVISOR);
        setPadding(false);
        setSpacing(false);
        setSizeFull();

        publicPage.setHref("public/points");
        publicPage.setTarget(AnchorTarget.BLANK);
        publicPage.setText(getTranslation("notices.publicPage"));
        publicPage.addClassName("review-public-link");
        publicPage.setTestId("notices-public-page");

        cards.addClassName("review-cards");
        cards.setTestId("notices-cards");
        empty.setText(getTranslation("notices.empty"));
        empty.addClassName("review-empty");
        empty.setTestId("notices-empty");
        var hint = new Paragraph(getTranslation(objectsInOwnName ? "notices.hint.supervisor" : "notices.hint.staff"));
        hint.addClassName("review-hint");
        var filterBar = new Div();
        filterBar.addClassName("filter-chips");
        for (Show each : Show.values()) {
            var chip = new Button(getTranslation("notices.show." + each.parameter()), e -> showOnly(each));
            chip.setTestId("notices-show-" + each.parameter());
            filters.put(each, chip);
            filterBar.add(chip);
        }
        var current = new VerticalLayout(hint, filterBar, cards, empty);
        current.addClassName("review-content");

        decided.addComponentColumn(l -> GrantReviewTexts.statusBadge(this, l.status()))
                .setHeader(getTranslation("notices.column.status")).setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(GrantLine::residentName).setHeader(getTranslation("notices.column.resident"))
                .setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(l -> GrantReviewTexts.ruleText(this, l)).setHeader(getTranslation("notices.column.rule"))
                .setFlexGrow(1);
        decided.addComponentColumn(l -> GrantReviewTexts.amount(l.amount()))
                .setHeader(getTranslation("notices.column.points")).setAutoWidth(true).setFlexGrow(0);
        decided.addColumn(l -> l.decisionNote() == null ? "" : l.decisionNote())
                .setHeader(getTranslation("notices.column.note")).setFlexGrow(1);
        decided.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        decided.setTestId("notices-decided");
        decided.setSizeFull();
        Localized.emptyState(decided);

        tabs.add(getTranslation("notices.tab.current"), current);
        tabs.add(getTranslation("notices.tab.decided"), decided);
        tabs.setSizeFull();
        tabs.setTestId("notices-tabs");

        add(new ViewToolbar(getTranslation("notices.title"), publicPage), tabs);
        showOnly(Show.ALL);
    }

    /** The card of a grant on notice or held by an objection, if it is listed. */
    Optional<Card> card(long grantId) {
        return cards.getChildren().filter(Card.class::isInstance).map(Card.class::cast)
                .filter(c -> c.line.grantId() == grantId).findFirst();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showOnly(Show.ofParameter(event.getLocation().getQueryParameters().getSingleParameter(SHOW).orElse(null)));
    }

    void showOnly(Show shown) {
        show = shown;
        filters.forEach((each, chip) -> {
            chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (each == shown) {
                chip.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        reload();
    }

    private void reload() {
        LocalDate today = LocalDate.now(clock);
        List<GrantLine> current = review.notices(communityId).stream().filter(l -> show.shows(l, today)).toList();
        staffNames = StaffNames.of(users, current.stream().map(GrantLine::objectedBy));
        cards.removeAll();
        current.forEach(line -> cards.add(new Card(line)));
        empty.setText(getTranslation(show == Show.ALL ? "notices.empty" : "notices.emptyShown"));
        empty.setVisible(current.isEmpty());
        cards.setVisible(!current.isEmpty());
        decided.setItems(review.decided(communityId, DECIDED_LIMIT));
    }

    private void openObjection(GrantLine line) {
        var reason = new TextArea(getTranslation("notices.object.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setTestId("notices-object-reason");
        var onBehalfOf = new TextField(getTranslation("notices.object.onBehalfOf"));
        onBehalfOf.setRequiredIndicatorVisible(true);
        onBehalfOf.setMaxLength(100);
        onBehalfOf.setWidthFull();
        onBehalfOf.setHelperText(getTranslation("notices.object.onBehalfOf.helper"));
        onBehalfOf.setTestId("notices-object-on-behalf-of");
        onBehalfOf.setVisible(!objectsInOwnName);

        var dialog = new FormDialog(getTranslation("notices.object.title"), new Paragraph(getTranslation(
                "notices.object.text", line.residentName(), line.ruleName())), onBehalfOf, reason)
                .refusalsAt(Map.of("reason", reason, "onBehalfOf", onBehalfOf));
        dialog.primary(getTranslation("notices.object.confirm"), () -> {
            review.object(line.grantId(), reason.getValue(), objectsInOwnName ? null : onBehalfOf.getValue());
            Notifications.success("notices.objected", line.residentName());
            reload();
            return true;
        }).setTestId("notices-object-confirm");
        dialog.open(objectsInOwnName ? reason : onBehalfOf);
    }

    private void openDecision(GrantLine line, boolean uphold) {
        var note = new TextArea(getTranslation("notices.decide.note"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(500);
        note.setWidthFull();
        note.setTestId("notices-decide-note");
        var dialog = new FormDialog(getTranslation(uphold ? "notices.uphold" : "notices.dismiss"),
                new Paragraph(getTranslation(uphold ? "notices.uphold.text" : "notices.dismiss.text",
                        line.residentName(), line.ruleName())), note).refusalsAt(Map.of("note", note));
        var confirm = dialog.primary(getTranslation(uphold ? "notices.uphold" : "notices.dismiss"), () -> {
            if (uphold) {
                review.uphold(line.grantId(), note.getValue());
            } else {
                review.dismiss(line.grantId(), note.getValue());
            }
            Notifications.success(uphold ? "notices.upheld" : "notices.dismissed", line.residentName());
            reload();
            return true;
        });
        if (uphold) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        confirm.setTestId("notices-decide-confirm");
        dialog.open(note);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }

    /** One grant on notice or held by an objection, with what the signed-in user may do about it. */
    final class Card extends Div {

        final GrantLine line;
        final Button object = new Button();
        final Div objection = new Div();
        final Button uphold = new Button();
        final Button dismiss = new Button();

        Card(GrantLine line) {
            this.line = line;
            addClassName("review-card");
            setTestId("notices-card-" + line.grantId());

            var body = GrantReviewTexts.cardBody(this, line, GrantReviewTexts.statusBadge(this, line.status()),
                    fact(this, "grantReview.label.noticeUntil", dateTime(line.noticeUntil())));

            boolean objected = line.status() == GrantStatus.OBJECTED;
            objection.addClassName("review-objection");
            objection.setVisible(objected);
            if (objected) {
                objection.add(fact(this, "notices.objection.reason", text(line.objectionReason())),
                        fact(this, "notices.objection.by", text(staffNames.name(line.objectedBy()))));
                if (line.objectedFor() != null) {
                    objection.add(fact(this, "notices.objection.for", line.objectedFor()));
                }
                body.add(objection);
            }

            var actions = new Div();
            actions.addClassName("review-card-actions");
            object.setText(getTranslation("notices.object"));
            object.setIcon(VaadinIcon.HAND.create());
            object.setTestId("notices-object");
            object.setVisible(line.status() == GrantStatus.NOTICE);
            object.addClickListener(e -> openObjection(line));
            uphold.setText(getTranslation("notices.uphold"));
            uphold.addThemeVariants(ButtonVariant.ERROR);
            uphold.setTestId("notices-uphold");
            uphold.setVisible(objected && isAdmin);
            uphold.addClickListener(e -> openDecision(line, true));
            dismiss.setText(getTranslation("notices.dismiss"));
            dismiss.addThemeVariants(ButtonVariant.PRIMARY);
            dismiss.setTestId("notices-dismiss");
            dismiss.setVisible(objected && isAdmin);
            dismiss.addClickListener(e -> openDecision(line, false));
            actions.add(object, uphold, dismiss);
            add(body, actions);
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }
}
