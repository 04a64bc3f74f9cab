package org.cocreate.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.proposal.ProposalDraft;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalPicture;
import org.cocreate.proposal.ProposalService;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * 登记提议, on the tablet during a visit or a meeting: who proposed it (found by name, pinyin or phone tail,
 * or anonymous), compound, category, how it came, title, text and a photo. While the title is typed, the
 * proposals it probably repeats (same compound and category, a similar title) show beside it, so that the
 * worker can open one instead and add the resident as a supporter.
 */
@Route("proposals/new")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME})
class ProposalIntakeView extends VerticalLayout implements HasDynamicTitle {

    final ProposalForm form;
    final ResidentPicker proposerPicker;
    final Span proposer = new Span();
    final Button changeProposer = new Button();
    final Checkbox anonymous = new Checkbox();
    final PhotoField photo = new PhotoField("proposal.form.photo", "proposal-photo");
    final Div duplicates = new Div();
    final Button save = new Button();

    private final ProposalService proposals;
    private final long communityId;
    private @Nullable ResidentListEntry chosen;

    ProposalIntakeView(ProposalService proposals, RegisterService register, ResidentService residents,
            WorkingCommunity workingCommunity) {
        this.proposals = proposals;
        this.communityId = workingCommunity.id();
        addClassName("proposal-intake");
        setPadding(false);
        List<CompoundEntry> compounds = register.compounds(communityId);
        form = new ProposalForm(compounds);
        form.readNew();

        var proposerLabel = new Span(getTranslation("proposal.form.proposer"));
        proposerLabel.addClassName("proposal-label");
        proposerPicker = new ResidentPicker(residents, communityId, this::chooseProposer);
        proposer.addClassName("proposal-proposer");
        proposer.setTestId("proposal-proposer");
        changeProposer.setText(getTranslation("proposal.form.changeProposer"));
        changeProposer.addThemeVariants(ButtonVariant.TERTIARY);
        changeProposer.addClickListener(e -> chooseProposer(null));
        anonymous.setLabel(getTranslation("proposal.form.anonymous"));
        anonymous.setTestId("proposal-anonymous");
        anonymous.addValueChangeListener(e -> {
            if (e.getValue()) {
                chooseProposer(null);
            }
            proposerPicker.setVisible(!e.getValue() && chosen == null);
        });
        var chosenLine = new Div(proposer, changeProposer);
        chosenLine.addClassName("proposal-chosen");
        var proposerField = new Div(proposerLabel, proposerPicker, chosenLine, anonymous);
        proposerField.addClassName("proposal-proposer-field");

        duplicates.addClassName("proposal-duplicates");
        duplicates.setTestId("proposal-duplicates");
        duplicates.setVisible(false);
        form.title.addValueChangeListener(e -> showDuplicates());
        form.compound.addValueChangeListener(e -> showDuplicates());
        form.category.addValueChangeListener(e -> showDuplicates());

        save.setText(getTranslation("proposal.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.setTestId("proposal-save");
        save.addClickListener(e -> save());
        var back = new RouterLink(getTranslation("proposal.backToBoard"), ProposalsView.class);
        back.addClassName("proposal-back");

        var content = new VerticalLayout(proposerField, form, duplicates, photo, save);
        content.addClassName("proposal-intake-content");
        add(new ViewToolbar(getTranslation("proposal.intake.title"), back), content);
        chooseProposer(null);
    }

    private void chooseProposer(@Nullable ResidentListEntry resident) {
        chosen = resident;
        proposer.setText(resident == null ? "" : resident.name() + "  " + resident.address());
        proposer.getParent().ifPresent(line -> line.setVisible(resident != null));
        proposerPicker.setVisible(resident == null && !anonymous.getValue());
        if (resident != null) {
            anonymous.setValue(false);
            proposerPicker.clear();
        }
        proposerPicker.field().setInvalid(false);
    }

    /** The proposals the one being typed probably repeats, each opening its page. */
    void showDuplicates() {
        duplicates.removeAll();
        String title = form.title.getValue().strip();
        if (title.length() < 2 || form.category.getValue() == null) {
            duplicates.setVisible(false);
            return;
        }
        CompoundEntry compound = form.compound.getValue();
        List<ProposalEntry> alike = proposals.likelyDuplicates(communityId, compound == null ? null : compound.id(),
                form.category.getValue(), title, null);
        duplicates.setVisible(!alike.isEmpty());
        if (alike.isEmpty()) {
            return;
        }
        var heading = new H2(getTranslation("proposal.duplicates.title", alike.size()));
        heading.addClassName("proposal-duplicates-title");
        duplicates.add(heading, new Paragraph(getTranslation("proposal.duplicates.hint")));
        alike.stream().limit(5).forEach(p -> duplicates.add(duplicateLink(p)));
    }

    private Component duplicateLink(ProposalEntry proposal) {
        var link = new RouterLink(ProposalView.class, ProposalView.parameters(proposal.id()));
        link.add(ProposalTexts.badge(this, proposal.status()), new Span(proposal.title()),
                new Span(getTranslation("proposals.supporters", proposal.supporters())));
        link.addClassName("proposal-duplicate");
        link.getElement().setAttribute("data-testid", "proposal-duplicate-" + proposal.id());
        return link;
    }

    void save() {
        form.clearErrors();
        proposerPicker.field().setInvalid(false);
        if (chosen == null && !anonymous.getValue()) {
            proposerPicker.field().setErrorMessage(getTranslation("proposal.form.proposerOrAnonymous"));
            proposerPicker.field().setInvalid(true);
            form.write();
            return;
        }
        var fields = form.write();
        if (fields.isEmpty()) {
            return;
        }
        IntakeFields entered = fields.get();
        ProposalEntry saved;
        try {
            saved = proposals.submit(communityId, new ProposalDraft(entered.compound() == null ? null
                    : entered.compound().id(), entered.category(), entered.channel(), entered.title(), entered.body(),
                    chosen == null ? null : chosen.id()));
        } catch (RefusedException refusal) {
            if ("proposerId".equals(refusal.field())) {
                proposerPicker.field().setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
                proposerPicker.field().setInvalid(true);
            } else {
                form.showRefusal(refusal);
            }
            return;
        }
        ProposalPicture taken = photo.value();
        if (taken != null) {
            try {
                proposals.addPhoto(saved.id(), taken);
            } catch (RefusedException refusal) {
                // The proposal is saved; only its photo was not. Said so, and the page lets another be added.
                Notifications.error("proposal.savedWithoutPhoto", getTranslation(refusal.messageKey(),
                        refusal.arguments()));
                getUI().ifPresent(ui -> ui.navigate(ProposalView.class, ProposalView.parameters(saved.id())));
                return;
            }
        }
        Notifications.success("proposal.submitted", saved.title());
        getUI().ifPresent(ui -> ui.navigate(ProposalView.class, ProposalView.parameters(saved.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proposal.intake.title");
    }
}
