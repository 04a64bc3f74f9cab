package org.cocreate.points.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.points.BulkGrantCommand;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/**
 * A grant another feature offers (a proposal adopted rewards its proposer and supporters; a meeting those
 * present): it opens the usual grant screen with the residents chosen, the rule picked and the note written,
 * and the worker still presses the button, so that caps, approval and the public notice apply as always.
 * One resident opens the grant screen, several the bulk grant's checklist.
 */
public final class GrantOffers {

    static final String RESIDENT = "resident";
    static final String RESIDENTS = "residents";
    static final String RULE = "rule";
    static final String NOTE = "note";
    private static final String ID = "[0-9]{1,18}";

    private GrantOffers() {
    }

    /** Opens the grant screen for one resident, or the bulk grant for several. */
    public static void open(UI ui, List<Long> residentIds, @Nullable Long ruleId, String note) {
        Map<String, String> query = new LinkedHashMap<>();
        if (residentIds.size() == 1) {
            query.put(RESIDENT, String.valueOf(residentIds.getFirst()));
        } else {
            query.put(RESIDENTS, String.join(",", residentIds.stream().map(String::valueOf).toList()));
        }
        if (ruleId != null) {
            query.put(RULE, String.valueOf(ruleId));
        }
        query.put(NOTE, note);
        ui.navigate(residentIds.size() == 1 ? GrantView.class : BulkGrantView.class, QueryParameters.simple(query));
    }

    static Optional<Long> resident(QueryParameters query) {
        return query.getSingleParameter(RESIDENT).filter(id -> id.matches(ID)).map(Long::parseLong);
    }

    /** The residents offered, each once, at most as many as a bulk grant takes; anything else is ignored. */
    static List<Long> residents(QueryParameters query) {
        return query.getSingleParameter(RESIDENTS).stream()
                .flatMap(ids -> Arrays.stream(ids.split(",")))
                .filter(id -> id.matches(ID)).map(Long::parseLong).distinct()
                .limit(BulkGrantCommand.MAX_RESIDENTS).toList();
    }

    /** The rule offered, if it is one of the rules the screen shows (the standard in effect). */
    static Optional<RuleEntry> rule(QueryParameters query, List<RuleEntry> shown) {
        return query.getSingleParameter(RULE).filter(id -> id.matches(ID)).map(Long::parseLong)
                .flatMap(id -> shown.stream().filter(rule -> rule.id() == id).findFirst());
    }

    /** The note offered, cut to what the note field takes. */
    static Optional<String> note(QueryParameters query) {
        return query.getSingleParameter(NOTE)
                .map(n -> n.length() > GrantDetails.NOTE_LENGTH ? n.substring(0, GrantDetails.NOTE_LENGTH) : n);
    }
}
