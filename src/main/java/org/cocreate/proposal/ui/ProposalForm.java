package org.cocreate.proposal.ui;

import static org.cocreate.proposal.ProposalLimits.BODY_MAX;
import static org.cocreate.proposal.ProposalLimits.TITLE_MAX;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.cocreate.base.ui.RecordForm;
import org.cocreate.community.CompoundEntry;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChannel;

/**
 * A proposal as the worker takes it down: compound (or the whole community), category, how it came, title
 * and text, with the service's own messages and limits. The proposer is chosen beside it.
 */
class ProposalForm extends RecordForm<IntakeFields> {

    final ComboBox<CompoundEntry> compound = new ComboBox<>();
    final Select<ProposalCategory> category = new Select<>();
    final Select<ProposalChannel> channel = new Select<>();
    final TextField title = new TextField();
    final TextArea body = new TextArea();

    ProposalForm(List<CompoundEntry> compounds) {
        super(IntakeFields.class);
        refusalsAt(Map.of("compoundId", compound, "category", category, "channel", channel, "title", title,
                "body", body));
        compound.setLabel(getTranslation("proposal.form.compound"));
        compound.setPlaceholder(getTranslation("proposals.wholeCommunity"));
        compound.setItems(compounds);
        compound.setItemLabelGenerator(CompoundEntry::name);
        compound.setClearButtonVisible(true);
        compound.setTestId("proposal-compound");
        category.setLabel(getTranslation("proposal.form.category"));
        category.setItems(ProposalCategory.values());
        category.setItemLabelGenerator(c -> ProposalTexts.category(this, c));
        category.setRequiredIndicatorVisible(true);
        category.setTestId("proposal-category");
        channel.setLabel(getTranslation("proposal.form.channel"));
        channel.setItems(ProposalChannel.values());
        channel.setItemLabelGenerator(c -> ProposalTexts.channel(this, c));
        channel.setRequiredIndicatorVisible(true);
        channel.setTestId("proposal-channel");
        title.setLabel(getTranslation("proposal.form.title"));
        title.setPlaceholder(getTranslation("proposal.form.titlePlaceholder"));
        title.setMaxLength(TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setTestId("proposal-title");
        body.setLabel(getTranslation("proposal.form.body"));
        body.setMaxLength(BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        body.setMinHeight("8rem");
        body.setTestId("proposal-body");

        String titleInvalid = getTranslation("proposal.title.invalid", TITLE_MAX);
        String bodyInvalid = getTranslation("proposal.body.invalid", BODY_MAX);
        // The fields check their own length first: they say it in the service's words.
        title.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(titleInvalid)
                .setMaxLengthErrorMessage(titleInvalid));
        body.setI18n(new TextArea.TextAreaI18n().setRequiredErrorMessage(bodyInvalid)
                .setMaxLengthErrorMessage(bodyInvalid));
        binder.forField(compound).bind("compound");
        binder.forField(category).asRequired(getTranslation("proposal.category.required")).bind("category");
        binder.forField(channel).asRequired(getTranslation("proposal.channel.required")).bind("channel");
        binder.forField(title).asRequired(titleInvalid)
                .withValidator(t -> !t.isBlank() && t.strip().length() <= TITLE_MAX, titleInvalid).bind("title");
        binder.forField(body).asRequired(bodyInvalid)
                .withValidator(b -> !b.isBlank() && b.strip().length() <= BODY_MAX, bodyInvalid).bind("body");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        form.add(compound, category, channel);
        form.add(title, 3);
        form.add(body, 3);
    }

    /** A new proposal: taken on a door-to-door visit, the usual way, the rest to fill in. */
    void readNew() {
        show(new IntakeFields(null, null, ProposalChannel.VISIT, "", ""));
    }
}
