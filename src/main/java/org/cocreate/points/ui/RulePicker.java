package org.cocreate.points.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cocreate.points.CapUse;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleEntry;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the standard in effect as big chips, grouped by category, the most used rule (and its
 * category) first, with a search field over the names. One tap picks a rule; the pick stays until changed.
 */
class RulePicker extends Composite<VerticalLayout> {

    final TextField filter = new TextField();
    final Div groups = new Div();
    final Span empty = new Span();
    /** The chips shown now, in the order shown, by rule id. */
    final Map<Long, Button> chips = new LinkedHashMap<>();

    private List<RuleEntry> rules = List.of();
    private @Nullable RuleEntry selected;
    private final List<Consumer<@Nullable RuleEntry>> listeners = new ArrayList<>();
    /** The chosen resident's use of the capped rules on the grant date, by rule id (none: no resident). */
    private Map<Long, CapUse> capsUsed = Map.of();

    RulePicker() {
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("rule-picker");
        filter.setPlaceholder(getTranslation("grant.rule.search"));
        filter.setAriaLabel(getTranslation("grant.rule.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidthFull();
        filter.setTestId("rule-search");
        filter.addValueChangeListener(e -> render());
        groups.addClassName("rule-groups");
        empty.setText(getTranslation("grant.rule.none"));
        empty.addClassName("grant-hint");
        empty.setTestId("rule-none");
        layout.add(filter, groups, empty);
    }

    /** The rules to offer, in the order to offer them (most used first). Keeps the pick if it is still offered. */
    void setRules(List<RuleEntry> offered) {
        this.rules = List.copyOf(offered);
        if (selected != null) {
            long id = selected.id();
            selected = rules.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        }
        render();
    }

    /**
     * The chosen resident's use of the capped rules: a rule whose cap is reached says so on its chip and
     * cannot be picked (a pick of it is let go). An empty map: no resident, nothing reached.
     */
    void setCapsUsed(Map<Long, CapUse> used) {
        this.capsUsed = Map.copyOf(used);
        if (selected != null && reached(selected.id()).isPresent()) {
            selected = null;
        }
        render();
    }

    /** The text of a reached cap of the rule (今日已 8/8, 本月已 2/2), if one is reached. */
    Optional<String> reached(long ruleId) {
        CapUse use = capsUsed.get(ruleId);
        if (use == null) {
            return Optional.empty();
        }
        if (use.dailyReached()) {
            return Optional.of(getTranslation("grant.rule.capReached.daily", use.usedToday(), use.dailyCap()));
        }
        if (use.monthlyReached()) {
            return Optional.of(getTranslation("grant.rule.capReached.monthly", use.usedThisMonth(), use.monthlyCap()));
        }
        return Optional.empty();
    }

    Optional<RuleEntry> value() {
        return Optional.ofNullable(selected);
    }

    /** The rules offered now. */
    List<RuleEntry> rules() {
        return rules;
    }

    void select(@Nullable RuleEntry rule) {
        selected = rule;
        chips.forEach((id, chip) -> {
            boolean on = rule != null && rule.id() == id;
            chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
            chip.getElement().getClassList().set("selected", on);
        });
        listeners.forEach(l -> l.accept(rule));
    }

    void addSelectionListener(Consumer<@Nullable RuleEntry> listener) {
        listeners.add(listener);
    }

    private void render() {
        groups.removeAll();
        chips.clear();
        String query = filter.getValue().strip().toLowerCase(Locale.ROOT);
        Map<RuleCategory, List<RuleEntry>> byCategory = new LinkedHashMap<>();
        for (RuleEntry rule : rules) {
            if (query.isEmpty() || rule.content().name().toLowerCase(Locale.ROOT).contains(query)) {
                byCategory.computeIfAbsent(rule.content().category(), c -> new ArrayList<>()).add(rule);
            }
        }
        byCategory.forEach((category, inCategory) -> {
            var title = new Span(getTranslation(category.translationKey()));
            title.addClassName("rule-group-title");
            var row = new Div();
            row.addClassName("rule-chips");
            inCategory.forEach(rule -> row.add(chip(rule)));
            var group = new Div(title, row);
            group.addClassName("rule-group");
            groups.add(group);
        });
        empty.setVisible(byCategory.isEmpty());
        select(selected);
    }

    private Button chip(RuleEntry rule) {
        var chip = new Button();
        var name = new Span(rule.content().name());
        name.addClassName("rule-chip-name");
        var points = new Span(GrantTexts.rulePoints(this, rule));
        points.addClassNames("rule-chip-points", rule.content().deduction() ? "deduction" : "award");
        chip.getElement().appendChild(name.getElement(), points.getElement());
        reached(rule.id()).ifPresent(capText -> {
            var cap = new Span(capText);
            cap.addClassName("rule-chip-cap");
            chip.getElement().appendChild(cap.getElement());
            chip.setEnabled(false);
            chip.addClassName("capped");
        });
        chip.addClassName("rule-chip");
        chip.setTestId("rule-" + rule.id());
        chip.addClickListener(e -> select(rule));
        chips.put(rule.id(), chip);
        return chip;
    }
}
