package org.cocreate.exchange.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.cocreate.base.ui.Formats;
import org.cocreate.exchange.Receipt;

/**
 * The receipt on screen after a redemption, printable as it is (the print stylesheet hides everything
 * else): resident, items, points, balance after, place, time, counter; then 打印 and 下一位.
 */
class CounterReceipt extends Composite<Div> {

    final Div paper = new Div();
    final Div lines = new Div();
    final Span total = new Span();
    final Span balanceAfter = new Span();
    final Button print = new Button();
    final Button next = new Button();

    CounterReceipt(Runnable onNext) {
        var root = getContent();
        root.addClassName("counter-receipt");
        paper.addClassName("counter-receipt-paper");
        paper.setTestId("counter-receipt");
        print.setText(getTranslation("exchange.receipt.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LARGE);
        print.addClassName("counter-receipt-button");
        print.setTestId("counter-receipt-print");
        print.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        next.setText(getTranslation("exchange.receipt.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LARGE, ButtonVariant.PRIMARY);
        next.addClassName("counter-receipt-button");
        next.setTestId("counter-receipt-next");
        next.addClickListener(e -> onNext.run());
        var actions = new Div(print, next);
        actions.addClassNames("counter-receipt-actions", "no-print");
        root.add(paper, actions);
    }

    void show(Receipt receipt, String residentName) {
        Formats formats = Formats.current();
        paper.removeAll();
        lines.removeAll();
        var title = new H2(getTranslation("exchange.receipt.title"));
        title.addClassName("counter-receipt-title");
        var resident = new Div(new Span(residentName));
        resident.addClassName("counter-receipt-resident");
        for (Receipt.ReceiptLine line : receipt.lines()) {
            var item = new Span(getTranslation("exchange.receipt.line", line.name(), line.quantity(), line.unit()));
            var points = new Span(formats.points(line.points()));
            var row = new Div(item, points);
            row.addClassName("counter-receipt-line");
            lines.add(row);
        }
        lines.addClassName("counter-receipt-lines");
        total.setText(formats.points(receipt.points()));
        balanceAfter.setText(formats.points(receipt.balanceAfter()));
        var facts = new Div(
                fact("exchange.receipt.total", total),
                fact("exchange.receipt.balanceAfter", balanceAfter),
                fact("exchange.receipt.place", new Span(receipt.place())),
                fact("exchange.receipt.time", new Span(formats.dateTime(receipt.createdAt()))),
                fact("exchange.receipt.counter", new Span(receipt.counterName() == null ? ""
                        : receipt.counterName())),
                fact("exchange.receipt.number", new Span(String.valueOf(receipt.redemptionId()))));
        facts.addClassName("counter-receipt-facts");
        paper.add(title, resident, lines, facts);
    }

    private Div fact(String labelKey, Span value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("counter-receipt-label");
        value.addClassName("counter-receipt-value");
        var fact = new Div(label, value);
        fact.addClassName("counter-receipt-fact");
        return fact;
    }

    void focusNext() {
        next.focus();
    }
}
