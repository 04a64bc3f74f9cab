package org.cocreate.proposal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocreate.base.Money;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.community.OrganisationEntry;
import org.cocreate.proposal.Execution;
import org.cocreate.proposal.ExecutionDraft;
import org.cocreate.proposal.Funding;
import org.cocreate.proposal.FundingSource;
import org.cocreate.proposal.ProposalExecutionService;
import org.jspecify.annotations.Nullable;

/**
 * 实施方案: who carries the adopted proposal out (an organisation of the register) and with what money, the
 * budget in yuan and up to {@value #ROWS} funding sources that add up to it (the community's, the
 * sub-district's, a unit stationed in the area named, the residents' collection). Amounts are read as typed
 * ("50,000", "1200.5"), to the fen.
 */
class ExecutionDialog extends FormDialog {

    static final int ROWS = 4;

    /** A funding source's row: where from, who gave it, how much. */
    static final class Row {
        final Select<FundingSource> source = new Select<>();
        final TextField sponsor = new TextField();
        final TextField amount = new TextField();
    }

    final ComboBox<OrganisationEntry> owner = new ComboBox<>();
    final TextField budget = new TextField();
    final List<Row> rows = new ArrayList<>();

    ExecutionDialog(String proposalTitle, List<OrganisationEntry> organisations, Execution current,
            ProposalExecutionService execution, long proposalId, Runnable done) {
        super("");
        setHeaderTitle(getTranslation("proposal.execution.title", proposalTitle));
        width(Width.WIDE);
        owner.setLabel(getTranslation("proposal.execution.owner"));
        owner.setItems(organisations);
        owner.setItemLabelGenerator(OrganisationEntry::name);
        owner.setRequiredIndicatorVisible(true);
        owner.setTestId("execution-owner");
        organisations.stream().filter(o -> o.id() == (current.ownerId() == null ? -1 : current.ownerId()))
                .findFirst().ifPresent(owner::setValue);
        budget.setLabel(getTranslation("proposal.execution.budget"));
        budget.setPrefixComponent(new Span("¥"));
        budget.setRequiredIndicatorVisible(true);
        budget.setTestId("execution-budget");
        if (current.budget() != null) {
            budget.setValue(current.budget().toString());
        }
        var form = new FormLayout(owner, budget);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        var sources = new Span(getTranslation("proposal.execution.fundings"));
        sources.addClassName("proposal-label");
        form.add(sources, 2);
        for (int i = 0; i < ROWS; i++) {
            var row = new Row();
            row.source.setItems(FundingSource.values());
            // The empty choice is an item too: the generator is asked for its label with null.
            row.source.setItemLabelGenerator(s -> s == null ? getTranslation("proposal.execution.noSource")
                    : getTranslation("proposal.fundingSource." + s.name()));
            row.source.setEmptySelectionAllowed(true);
            row.source.setEmptySelectionCaption(getTranslation("proposal.execution.noSource"));
            row.source.setAriaLabel(getTranslation("proposal.execution.source"));
            row.source.setTestId("execution-source-" + i);
            row.sponsor.setPlaceholder(getTranslation("proposal.execution.sponsor"));
            row.sponsor.setAriaLabel(getTranslation("proposal.execution.sponsor"));
            row.sponsor.setMaxLength(ProposalExecutionService.SPONSOR_MAX);
            row.amount.setPlaceholder(getTranslation("proposal.execution.amount"));
            row.amount.setAriaLabel(getTranslation("proposal.execution.amount"));
            row.amount.setPrefixComponent(new Span("¥"));
            row.amount.setTestId("execution-amount-" + i);
            if (i < current.fundings().size()) {
                Funding funding = current.fundings().get(i);
                row.source.setValue(funding.source());
                row.sponsor.setValue(funding.sponsor() == null ? "" : funding.sponsor());
                row.amount.setValue(funding.amount() == null ? "" : funding.amount().toString());
            }
            rows.add(row);
            var line = new com.vaadin.flow.component.html.Div(row.source, row.sponsor, row.amount);
            line.addClassName("execution-funding-row");
            form.add(line, 2);
        }
        add(form);
        refusalsAt(Map.of("ownerId", owner, "budget", budget, "fundings", rows.getFirst().amount));
        primary(getTranslation("common.save"), () -> {
            Optional<ExecutionDraft> draft = read();
            if (draft.isEmpty()) {
                return false;
            }
            execution.setExecution(proposalId, draft.get());
            done.run();
            return true;
        }).setTestId("execution-save");
    }

    /** What was entered, or empty with the amounts that are not amounts marked. */
    private Optional<ExecutionDraft> read() {
        boolean valid = true;
        @Nullable Money total = null;
        if (!budget.getValue().isBlank()) {
            total = Money.parse(budget.getValue()).orElse(null);
            if (total == null) {
                invalid(budget, "proposal.budget.invalid");
                valid = false;
            }
        }
        List<Funding> fundings = new ArrayList<>();
        for (Row row : rows) {
            row.amount.setInvalid(false);
            if (row.source.getValue() == null && row.amount.getValue().isBlank()) {
                continue;
            }
            Optional<Money> amount = Money.parse(row.amount.getValue());
            if (amount.isEmpty()) {
                invalid(row.amount, "proposal.funding.amount");
                valid = false;
                continue;
            }
            fundings.add(new Funding(row.source.getValue(), row.sponsor.getValue(), amount.get()));
        }
        OrganisationEntry chosen = owner.getValue();
        return valid ? Optional.of(new ExecutionDraft(chosen == null ? null : chosen.id(), total, fundings))
                : Optional.empty();
    }
}
