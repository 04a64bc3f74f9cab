package org.cocreate.assembly.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.assembly.AssemblyRule;
import org.cocreate.assembly.CovenantDraft;
import org.cocreate.assembly.CovenantService;
import org.cocreate.assembly.Matter;
import org.cocreate.assembly.Threshold;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.community.CompoundEntry;

/**
 * 表决规则: a compound's covenant for its owners' assemblies. Each share is chosen among those the law allows
 * (the law's own marked 法定); a looser one is not offered, and the service refuses it anyway. Read-only for
 * those who may not change it: the covenant decides what counts, so only an admin sets it.
 */
class CovenantDialog extends FormDialog {

    final Select<CompoundEntry> compound = new Select<>();
    final Select<Threshold> participation = new Select<>();
    final Map<Matter, Select<Threshold>> decisions = new EnumMap<>(Matter.class);

    private final CovenantService covenants;
    private final AssemblyRule law = AssemblyRule.civilCode();

    CovenantDialog(CovenantService covenants, List<CompoundEntry> compounds, boolean admin) {
        super("");
        setHeaderTitle(getTranslation("assembly.covenant.title"));
        this.covenants = covenants;
        width(Width.WIDE);
        compound.setLabel(getTranslation("assembly.covenant.compound"));
        compound.setItems(compounds);
        compound.setItemLabelGenerator(CompoundEntry::name);
        compound.setTestId("covenant-compound");
        choices(participation, "assembly.covenant.participation", law.participation());
        participation.setTestId("covenant-participation");
        var form = new FormLayout(compound, participation);
        Map<String, Select<Threshold>> fields = new HashMap<>();
        fields.put("participation", participation);
        for (Matter matter : Matter.values()) {
            var decision = new Select<Threshold>();
            choices(decision, matter.translationKey(), law.decision(matter));
            decision.setTestId("covenant-" + matter.name());
            decisions.put(matter, decision);
            fields.put("decisions." + matter.name(), decision);
            form.add(decision);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.addClassName("covenant-form");
        var text = new Paragraph(getTranslation(admin ? "assembly.covenant.text" : "assembly.covenant.readOnly"));
        add(text, form);
        refusalsAt(fields);
        compound.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(covenants.covenant(e.getValue().id()));
            }
        });
        if (admin) {
            primary(getTranslation("common.save"), this::save).setTestId("covenant-save");
        } else {
            showOnly();
            participation.setReadOnly(true);
            decisions.values().forEach(select -> select.setReadOnly(true));
        }
        if (!compounds.isEmpty()) {
            compound.setValue(compounds.getFirst());
        }
    }

    private boolean save() {
        CompoundEntry chosen = compound.getValue();
        if (chosen == null) {
            invalid(compound, "assembly.compound.required");
            return false;
        }
        Map<Matter, Threshold> chosenDecisions = new EnumMap<>(Matter.class);
        decisions.forEach((matter, select) -> {
            if (select.getValue() != null) {
                chosenDecisions.put(matter, select.getValue());
            }
        });
        show(covenants.setCovenant(chosen.id(), new CovenantDraft(participation.getValue(), chosenDecisions)));
        Notifications.success("assembly.covenant.saved", chosen.name());
        return true;
    }

    private void show(AssemblyRule rule) {
        participation.setValue(rule.participation());
        decisions.forEach((matter, select) -> select.setValue(rule.decision(matter)));
    }

    /** The shares from the law's up: a covenant may ask for more, never for less. */
    private void choices(Select<Threshold> select, String labelKey, Threshold lawful) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(Threshold.COVENANT_CHOICES.stream().filter(share -> share.atLeastAsStrictAs(lawful)).toList());
        select.setItemLabelGenerator(share -> share == null ? "" : share.equals(lawful)
                ? getTranslation("assembly.covenant.law", AssemblyTexts.threshold(this, share))
                : AssemblyTexts.threshold(this, share));
    }
}
