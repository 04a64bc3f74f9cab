package org.cocreate.points.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.points.GrantLine;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.GrantStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the review screens (approval queue, notices, the public board) say about a grant the same way:
 * signed, coloured points, "3 小时" or "1 次", dates, the status badge, the photo, and refusals put next to
 * the field they name.
 */
final class GrantReviewTexts {

    private GrantReviewTexts() {
    }

    /** "+16" or "−5", coloured by its sign. */
    static Span amount(long amount) {
        var text = new Span(Formats.current().signed(amount));
        text.addClassNames("review-amount", amount < 0 ? "review-amount-minus" : "review-amount-plus");
        return text;
    }

    static String quantity(Component owner, int quantity, boolean perHour) {
        return owner.getTranslation(perHour ? "grantReview.quantity.hours" : "grantReview.quantity.times", quantity);
    }

    /** A time that may not be set (a grant not on notice has no end of notice): then nothing. */
    static String dateTime(@Nullable LocalDateTime time) {
        return time == null ? "" : Formats.current().dateTime(time);
    }

    static Badge statusBadge(Component owner, GrantStatus status) {
        return new Badge(owner.getTranslation(status.translationKey()), switch (status) {
            case NOTICE -> Badge.Tone.INFO;
            case POSTED -> Badge.Tone.SUCCESS;
            case OBJECTED, FAILED -> Badge.Tone.ERROR;
            default -> Badge.Tone.NEUTRAL;
        });
    }

    /**
     * The body of a grant's card, as the approval queue and the notice list show it: (a status badge,) the
     * resident and the amount, the rule, quantity, date of the deed and one more fact, the note if any.
     */
    static Div cardBody(Component owner, GrantLine line, @Nullable Component badge, Div lastFact) {
        var name = new Span(line.residentName());
        name.addClassName("review-card-name");
        var head = badge == null ? new Div(name, amount(line.amount())) : new Div(badge, name, amount(line.amount()));
        head.addClassName("review-card-head");
        var place = new Span(line.residentPlace());
        place.addClassName("review-card-place");
        var rule = new Span(ruleText(owner, line));
        rule.addClassName("review-card-rule");
        var facts = new Div(
                fact(owner, "grantReview.label.quantity", quantity(owner, line.quantity(), line.perHour())),
                fact(owner, "grantReview.label.occurredOn", Formats.current().date(line.occurredOn())), lastFact);
        facts.addClassName("review-card-facts");
        var body = new Div(head, place, rule, facts);
        body.addClassName("review-card-body");
        if (line.note() != null && !line.note().isBlank()) {
            var note = new com.vaadin.flow.component.html.Paragraph(line.note());
            note.addClassName("review-card-note");
            body.add(note);
        }
        return body;
    }

    static String ruleText(Component owner, GrantLine line) {
        return owner.getTranslation("grantReview.rule", line.ruleName(),
                owner.getTranslation(line.category().translationKey()));
    }

    /** A labelled fact of a card: "日期 2026-11-28". */
    static Div fact(Component owner, String labelKey, String value) {
        var label = new Span(owner.getTranslation(labelKey));
        label.addClassName("review-fact-label");
        var text = new Span(value);
        text.addClassName("review-fact-value");
        var fact = new Div(label, text);
        fact.addClassName("review-fact");
        return fact;
    }

    /** The photo of a grant, fetched only when the browser shows it (and checked by the service then). */
    static Image photo(GrantReviewService review, long grantId, String alt, String className) {
        var image = new Image(DownloadHandler.fromInputStream(event -> review.photo(grantId)
                .map(p -> new DownloadResponse(new ByteArrayInputStream(p.content()), "grant-" + grantId,
                        p.contentType(), p.content().length))
                .orElseGet(() -> DownloadResponse.error(404))).inline(), alt);
        image.addClassName(className);
        return image;
    }
}
