package org.cocreate.exchange.ui;

import static org.cocreate.exchange.ExchangeLimits.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.exchange.ClosingCount;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.SessionEntry;
import org.cocreate.exchange.SessionOffer;
import org.cocreate.exchange.SessionStatus;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * 结束兑换日: per item on offer the stock the books expect and the count on the table; a difference shows as
 * it is typed and needs its reason (recorded as an adjustment). Closing leads to the day's report.
 */
@Route("exchange/sessions/:sessionId/close")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME})
class CloseSessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "sessionId";

    final H2 heading = new H2();
    final Paragraph alreadyClosed = new Paragraph();
    final Paragraph notFound = new Paragraph();
    final Div list = new Div();
    final List<CountRow> rows = new ArrayList<>();
    final Button fillBooks = new Button();
    final Button submit = new Button();

    private final RedemptionService redemptions;
    private final Formats formats = Formats.current();
    private final VerticalLayout content;
    private @Nullable SessionEntry session;

    CloseSessionView(RedemptionService redemptions) {
        this.redemptions = redemptions;
        setPadding(false);
        setSpacing(false);

        var back = new Button(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SessionsView.class)));
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setTestId("close-back");

        heading.addClassName("register-detail-title");
        heading.setTestId("close-heading");
        var hint = new Paragraph(getTranslation("sessions.closeView.hint"));
        hint.addClassName("register-hint");
        alreadyClosed.setText(getTranslation("sessions.closeView.alreadyClosed"));
        alreadyClosed.setTestId("close-already-closed");
        alreadyClosed.setVisible(false);
        notFound.setText(getTranslation("error.notFound"));
        notFound.setTestId("close-not-found");
        notFound.setVisible(false);
        list.addClassName("sessions-count-list");

        fillBooks.setText(getTranslation("sessions.closeView.fillBooks"));
        fillBooks.setIcon(VaadinIcon.COPY_O.create());
        fillBooks.setTestId("close-fill-books");
        fillBooks.addClickListener(e -> rows.forEach(r -> r.counted.setValue(r.offer.stock())));
        submit.setText(getTranslation("sessions.closeView.submit"));
        submit.setIcon(VaadinIcon.FLAG_CHECKERED.create());
        submit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        submit.setTestId("close-submit");
        submit.addClickListener(e -> submit());
        var actions = new Div(fillBooks, submit);
        actions.addClassName("sessions-count-actions");

        content = new VerticalLayout(heading, hint, list, actions);
        content.addClassNames("register-content", "sessions-close");
        add(new ViewToolbar(getTranslation("sessions.closeView.title"), back), content, alreadyClosed, notFound);
        alreadyClosed.addClassName("register-content");
        notFound.addClassName("register-content");
    }

    static RouteParameters parameters(long sessionId) {
        return new RouteParameters(PARAMETER, String.valueOf(sessionId));
    }

    static @Nullable Long sessionId(BeforeEnterEvent event) {
        try {
            return event.getRouteParameters().get(PARAMETER).map(Long::valueOf).orElse(null);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = sessionId(event);
        try {
            session = id == null ? null : redemptions.session(id);
        } catch (NotFoundException notVisible) {
            session = null;
        }
        SessionEntry shown = session;
        notFound.setVisible(shown == null);
        alreadyClosed.setVisible(shown != null && shown.status() != SessionStatus.OPEN);
        content.setVisible(shown != null && shown.status() == SessionStatus.OPEN);
        if (shown == null || shown.status() != SessionStatus.OPEN) {
            return;
        }
        heading.setText(getTranslation("sessions.heading", formats.date(shown.date()), shown.place()));
        rows.clear();
        list.removeAll();
        var header = new Div(new Span(getTranslation("sessions.closeView.item")),
                new Span(getTranslation("sessions.closeView.books")),
                new Span(getTranslation("sessions.closeView.counted")),
                new Span(getTranslation("sessions.closeView.difference")),
                new Span(getTranslation("sessions.closeView.reason")));
        header.addClassNames("sessions-count-row", "sessions-count-header");
        list.add(header);
        for (SessionOffer offer : shown.offer()) {
            var row = new CountRow(offer);
            rows.add(row);
            list.add(row.layout);
        }
    }

    Optional<CountRow> row(long itemId) {
        return rows.stream().filter(r -> r.offer.itemId() == itemId).findFirst();
    }

    private void submit() {
        SessionEntry shown = session;
        if (shown == null) {
            return;
        }
        boolean valid = true;
        for (CountRow row : rows) {
            valid &= row.validate();
        }
        if (!valid) {
            return;
        }
        confirmation(shown).open();
    }

    /**
     * Closing cannot be undone and every difference becomes a stocktake adjustment: the dialog lists them
     * (or says that the counts agree with the books) before the day closes.
     */
    private FormDialog confirmation(SessionEntry shown) {
        var summary = new Div();
        summary.addClassName("sessions-close-summary");
        List<CountRow> differing = rows.stream().filter(row -> {
            Integer diff = row.differenceValue();
            return diff != null && diff != 0;
        }).toList();
        if (differing.isEmpty()) {
            summary.add(new Paragraph(getTranslation("sessions.closeView.confirm.agrees")));
        } else {
            summary.add(new Paragraph(getTranslation("sessions.closeView.confirm.differences")));
            differing.forEach(row -> {
                var line = new Paragraph(getTranslation("sessions.closeView.confirm.line", row.offer.name(),
                        row.counted.getValue(), row.offer.stock(), row.offer.unit(),
                        formats.signed(java.util.Objects.requireNonNull(row.differenceValue())),
                        row.reason.getValue().strip()));
                line.setTestId("close-confirm-line-" + row.offer.itemId());
                summary.add(line);
            });
        }
        var dialog = new FormDialog(getTranslation("sessions.closeView.confirm.title", formats.date(shown.date()),
                shown.place()), summary);
        dialog.primary(getTranslation("sessions.closeView.confirm.close"), () -> close(shown))
                .setTestId("close-confirm");
        return dialog;
    }

    private boolean close(SessionEntry shown) {
        List<ClosingCount> counts = rows.stream().map(CountRow::count).toList();
        redemptions.closeSession(shown.id(), counts);
        Notifications.success("sessions.closed", formats.date(shown.date()), shown.place());
        getUI().ifPresent(ui -> ui.navigate(SessionReportView.class, SessionReportView.parameters(shown.id())));
        return true;
    }

    /** One item: what the books expect, what was counted, the difference and why. */
    final class CountRow {

        final SessionOffer offer;
        final IntegerField counted = new IntegerField();
        final Span difference = new Span();
        final TextField reason = new TextField();
        final Div layout = new Div();

        CountRow(SessionOffer offer) {
            this.offer = offer;
            var name = new Span(offer.name());
            name.addClassName("sessions-count-name");
            var books = new Span(getTranslation("sessions.closeView.quantity", offer.stock(), offer.unit()));
            books.addClassName("sessions-count-books");
            books.setTestId("close-books-" + offer.itemId());
            counted.setMin(0);
            counted.setAriaLabel(getTranslation("sessions.closeView.counted") + " " + offer.name());
            counted.setStepButtonsVisible(true);
            // In portrait the column headings are hidden: the empty field still says what goes in it.
            counted.setPlaceholder(getTranslation("sessions.closeView.counted"));
            counted.setValueChangeMode(ValueChangeMode.EAGER);
            counted.setRequiredIndicatorVisible(true);
            counted.setTestId("close-counted-" + offer.itemId());
            difference.addClassName("sessions-difference");
            difference.setTestId("close-difference-" + offer.itemId());
            reason.setAriaLabel(getTranslation("sessions.closeView.reason") + " " + offer.name());
            reason.setPlaceholder(getTranslation("sessions.openDialog.reasonPlaceholder"));
            reason.setMaxLength(TEXT_MAX);
            reason.setWidthFull();
            reason.setTestId("close-reason-" + offer.itemId());
            counted.addValueChangeListener(e -> update());
            // In portrait the column headings are hidden: the books and the difference carry their own label.
            layout.add(name, labelled("sessions.closeView.books", books), counted,
                    labelled("sessions.closeView.difference", difference), reason);
            layout.addClassName("sessions-count-row");
            update();
        }

        private Div labelled(String labelKey, Span value) {
            var label = new Span(getTranslation(labelKey));
            label.addClassName("sessions-count-label");
            var cell = new Div(label, value);
            cell.addClassName("sessions-count-cell");
            return cell;
        }

        @Nullable Integer differenceValue() {
            return counted.getValue() == null ? null : counted.getValue() - offer.stock();
        }

        private void update() {
            Integer diff = differenceValue();
            difference.setText(diff == null ? "" : formats.signed(diff));
            difference.getClassNames().set("sessions-difference-nonzero", diff != null && diff != 0);
            boolean needsReason = diff != null && diff != 0;
            // Asked for only when the count differs: an agreeing count needs no reason, and no empty field.
            reason.setVisible(needsReason);
            reason.setEnabled(needsReason);
            reason.setRequiredIndicatorVisible(needsReason);
            if (!needsReason) {
                reason.setInvalid(false);
            }
            if (counted.getValue() != null) {
                counted.setInvalid(false);
            }
        }

        boolean validate() {
            boolean valid = true;
            if (counted.getValue() == null || counted.getValue() < 0) {
                counted.setErrorMessage(getTranslation("exchange.session.countMissing"));
                counted.setInvalid(true);
                valid = false;
            }
            Integer diff = differenceValue();
            if (diff != null && diff != 0 && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("exchange.reason.required"));
                reason.setInvalid(true);
                valid = false;
            }
            return valid;
        }

        ClosingCount count() {
            Integer diff = differenceValue();
            return new ClosingCount(offer.itemId(), java.util.Objects.requireNonNull(counted.getValue()),
                    diff != null && diff != 0 ? reason.getValue() : null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.closeView.title");
    }
}
