package org.cocreate.exchange.ui;

import static org.cocreate.exchange.ExchangeLimits.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.OfferedItem;
import org.cocreate.exchange.SessionEntry;

/**
 * 开始兑换日: the date and place, and per active catalogue item whether it is offered, the day's limit per
 * resident and the count on the table. A count that differs from the books asks for the reason, which the
 * service records as an adjustment.
 */
class OpenSessionDialog extends FormDialog {

    final DatePicker date;
    final TextField place = new TextField();
    final List<OfferRow> rows = new ArrayList<>();
    final Paragraph noItems = new Paragraph();
    final Button submit;
    final Button cancel = cancel();

    private final CatalogueService catalogue;
    private final RedemptionService redemptions;
    private final long communityId;
    private final Consumer<SessionEntry> opened;

    OpenSessionDialog(CatalogueService catalogue, RedemptionService redemptions, long communityId, Clock clock, Consumer<SessionEntry> opened) {
        super("");
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.communityId = communityId;
        this.opened = opened;
        setHeaderTitle(getTranslation("sessions.openDialog.title"));
        addClassName("sessions-open-dialog");
        width(Width.FULL);

        date = Localized.datePicker(getTranslation("sessions.openDialog.date"));
        date.setValue(LocalDate.now(clock));
        date.setRequiredIndicatorVisible(true);
        date.setTestId("sessions-open-date");
        place.setLabel(getTranslation("sessions.openDialog.place"));
        place.setRequiredIndicatorVisible(true);
        place.setMaxLength(NAME_MAX);
        place.setTestId("sessions-open-place");
        // Redemption days are usually held at the same place: offer the last one (newest first).
        redemptions.sessions(communityId).stream().findFirst().map(SessionEntry::place).ifPresent(place::setValue);
        place.setWidthFull();
        var where = new Div(date, place);
        where.addClassName("sessions-open-where");

        var header = new Div(new Span(getTranslation("sessions.openDialog.item")),
                new Span(getTranslation("sessions.openDialog.limit")),
                new Span(getTranslation("sessions.openDialog.count")),
                new Span(getTranslation("sessions.openDialog.reason")));
        header.addClassNames("sessions-offer-row", "sessions-offer-header");
        var list = new Div(header);
        list.addClassName("sessions-offer-list");
        catalogue.catalogue(communityId).stream().filter(CatalogueItem::active).forEach(item -> {
            var row = new OfferRow(item);
            rows.add(row);
            list.add(row.layout);
        });
        noItems.setText(getTranslation("sessions.openDialog.noItems"));
        noItems.setVisible(rows.isEmpty());
        var hint = new Paragraph(getTranslation("sessions.openDialog.hint"));
        hint.addClassName("register-hint");
        add(where, hint, noItems, list);

        refusalsAt(Map.of("place", place, "date", date));
        submit = primary(getTranslation("sessions.openDialog.submit"), this::submit);
        submit.setTestId("sessions-open-submit");
        cancel.setTestId("sessions-open-cancel");
    }

    Optional<OfferRow> row(long itemId) {
        return rows.stream().filter(r -> r.item.id() == itemId).findFirst();
    }

    private boolean submit() {
        boolean valid = true;
        if (date.getValue() == null) {
            invalid(date, "sessions.openDialog.dateRequired");
            valid = false;
        }
        if (place.getValue().isBlank()) {
            invalid(place, "sessions.openDialog.placeRequired");
            valid = false;
        }
        List<OfferedItem> offer = new ArrayList<>();
        for (OfferRow row : rows) {
            if (row.offered.getValue()) {
                valid &= row.validate();
                if (row.count.getValue() != null) {
                    offer.add(row.offered());
                }
            }
        }
        if (!valid) {
            return false;
        }
        if (offer.isEmpty()) {
            Notifications.error("exchange.session.noItems");
            return false;
        }
        SessionEntry session = redemptions.openSession(communityId, date.getValue(), place.getValue(), offer);
        Notifications.success("sessions.opened", Formats.current().date(session.date()), session.place(),
                session.offer().size());
        opened.accept(session);
        return true;
    }

    /** One catalogue item: offered or not, the day's limit, the count on the table and why it differs. */
    final class OfferRow {

        final CatalogueItem item;
        final Checkbox offered = new Checkbox();
        final IntegerField limit = new IntegerField();
        final IntegerField count = new IntegerField();
        final TextField reason = new TextField();
        final Div layout = new Div();

        OfferRow(CatalogueItem item) {
            this.item = item;
            offered.setLabel(item.name());
            offered.setValue(item.stock() > 0);
            offered.setTestId("sessions-offer-" + item.id());
            var books = new Span(getTranslation("sessions.openDialog.books", item.stock(), item.unit(),
                    item.price()));
            books.addClassName("sessions-offer-books");
            var name = new Div(offered, books);
            name.addClassName("sessions-offer-name");

            limit.setValue(item.dailyLimit());
            limit.setMin(1);
            // An empty limit means the item's default (the service's rule); the placeholder says which.
            limit.setPlaceholder(item.dailyLimit() == null ? getTranslation("sessions.openDialog.noLimit")
                    : String.valueOf(item.dailyLimit()));
            limit.setAriaLabel(getTranslation("sessions.openDialog.limit"));
            limit.setStepButtonsVisible(true);
            limit.setTestId("sessions-limit-" + item.id());
            count.setValue(item.stock());
            count.setMin(0);
            count.setAriaLabel(getTranslation("sessions.openDialog.count"));
            count.setStepButtonsVisible(true);
            count.setValueChangeMode(ValueChangeMode.EAGER);
            count.setTestId("sessions-count-" + item.id());
            reason.setAriaLabel(getTranslation("sessions.openDialog.reason"));
            reason.setPlaceholder(getTranslation("sessions.openDialog.reasonPlaceholder"));
            reason.setMaxLength(TEXT_MAX);
            reason.setTestId("sessions-reason-" + item.id());
            reason.setWidthFull();

            offered.addValueChangeListener(e -> update());
            count.addValueChangeListener(e -> update());
            layout.add(name, limit, count, reason);
            layout.addClassName("sessions-offer-row");
            update();
        }

        boolean differs() {
            return count.getValue() != null && count.getValue() != item.stock();
        }

        private void update() {
            boolean on = offered.getValue();
            limit.setEnabled(on);
            count.setEnabled(on);
            reason.setEnabled(on && differs());
            reason.setRequiredIndicatorVisible(on && differs());
            if (!differs()) {
                reason.setInvalid(false);
            }
            layout.getClassNames().set("sessions-offer-off", !on);
            layout.getClassNames().set("sessions-offer-differs", on && differs());
        }

        boolean validate() {
            boolean valid = true;
            limit.setInvalid(false);
            count.setInvalid(false);
            reason.setInvalid(false);
            if (limit.getValue() != null && (limit.getValue() < 1 || limit.getValue() > DAILY_LIMIT_MAX)) {
                limit.setErrorMessage(getTranslation("exchange.limit.invalid", 1, DAILY_LIMIT_MAX));
                limit.setInvalid(true);
                valid = false;
            }
            if (count.getValue() == null || count.getValue() < 0 || count.getValue() > QUANTITY_MAX) {
                count.setErrorMessage(getTranslation("exchange.count.invalid", 0, QUANTITY_MAX));
                count.setInvalid(true);
                valid = false;
            }
            if (differs() && reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("exchange.reason.required"));
                reason.setInvalid(true);
                valid = false;
            }
            return valid;
        }

        OfferedItem offered() {
            return new OfferedItem(item.id(), limit.getValue(), Objects.requireNonNull(count.getValue()),
                    differs() ? reason.getValue() : null);
        }
    }
}
