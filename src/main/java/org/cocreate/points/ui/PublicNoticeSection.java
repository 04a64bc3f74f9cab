package org.cocreate.points.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.points.GrantReviewService;
import org.cocreate.points.PublicNotice;

/**
 * The public notice board (公示栏) of a community, for the public points page: every grant on notice with the
 * resident's name masked (陈*), the rule, the points, the day of the deed and the end of the notice, and a
 * badge on those an objection holds. Needs no sign-in; shows nothing a resident could not see on the board
 * in the community office.
 */
public class PublicNoticeSection extends Composite<Section> {

    final Div rows = new Div();
    final Paragraph empty = new Paragraph();

    private final GrantReviewService review;
    private final long communityId;

    public PublicNoticeSection(GrantReviewService review, long communityId) {
        this.review = review;
        this.communityId = communityId;
        var section = getContent();
        section.addClassName("public-notices");
        section.setId("public-notices");

        var title = new H2(getTranslation("publicNotice.title"));
        title.addClassName("public-notices-title");
        var explanation = new Paragraph(getTranslation("publicNotice.explanation"));
        explanation.addClassName("public-notices-explanation");
        rows.addClassName("public-notices-rows");
        empty.setText(getTranslation("publicNotice.empty"));
        empty.addClassName("review-empty");
        section.add(title, explanation, rows, empty);
        refresh();
    }

    /** Reads the board again. */
    public final void refresh() {
        List<PublicNotice> notices = review.publicNotices(communityId);
        rows.removeAll();
        notices.forEach(n -> rows.add(row(n)));
        rows.setVisible(!notices.isEmpty());
        empty.setVisible(notices.isEmpty());
    }

    private Div row(PublicNotice notice) {
        var name = new Span(notice.maskedName());
        name.addClassName("review-card-name");
        var head = new Div(name, GrantReviewTexts.amount(notice.amount()));
        head.addClassName("review-card-head");
        if (notice.objected()) {
            head.add(new Badge(getTranslation("publicNotice.objected"), Badge.Tone.ERROR));
        }
        var rule = new Span(getTranslation("grantReview.rule", notice.ruleName(),
                getTranslation(notice.category().translationKey())));
        rule.addClassName("review-card-rule");
        var dates = new Span(getTranslation("publicNotice.dates", Formats.current().date(notice.occurredOn()),
                GrantReviewTexts.dateTime(notice.noticeUntil())));
        dates.addClassName("public-notices-dates");
        var row = new Div(head, rule, dates);
        row.addClassNames("review-card", "public-notices-row");
        return row;
    }
}
