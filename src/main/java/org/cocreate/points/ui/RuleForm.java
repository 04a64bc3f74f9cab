package org.cocreate.points.ui;

import static org.cocreate.points.PointsLimits.*;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.cocreate.points.Points;
import org.cocreate.points.RuleCategory;
import org.cocreate.points.RuleDraft;
import org.cocreate.points.RuleOccasion;
import org.cocreate.base.ui.RecordForm;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a draft standard. The binder checks what a user mistypes (no name, zero points, a cap of
 * zero) with the service's own messages, so a refusal reads the same whichever side finds it; what only
 * the service knows comes back through {@link #showRefusal}, next to the field it names. Points are
 * always entered as a positive amount: the deduction box says which way they go.
 */
class RuleForm extends RecordForm<RuleDraft> {

    final Select<RuleCategory> category = new Select<>();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final IntegerField points = new IntegerField();
    final Checkbox perHour = new Checkbox();
    final IntegerField dailyCap = new IntegerField();
    final IntegerField monthlyCap = new IntegerField();
    final Checkbox deduction = new Checkbox();
    final Checkbox needsApproval = new Checkbox();
    /** What another feature asks this rule for; empty for most rules. */
    final Select<RuleOccasion> occasion = new Select<>();

    RuleForm() {
        super(RuleDraft.class);
        refusalsAt(Map.of("category", category, "name", name, "description", description, "points", points,
                "dailyCap", dailyCap, "monthlyCap", monthlyCap, "occasion", occasion));

        category.setLabel(getTranslation("standard.form.category"));
        category.setItems(RuleCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.translationKey()));
        category.setTestId("rule-category");
        name.setLabel(getTranslation("standard.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setTestId("rule-name");
        description.setLabel(getTranslation("standard.form.description"));
        description.setTestId("rule-description");
        points.setLabel(getTranslation("standard.form.points"));
        points.setRequiredIndicatorVisible(true);
        points.setStepButtonsVisible(true);
        points.setTestId("rule-points");
        perHour.setLabel(getTranslation("standard.form.perHour"));
        perHour.setTestId("rule-per-hour");
        dailyCap.setLabel(getTranslation("standard.form.dailyCap"));
        dailyCap.setTestId("rule-daily-cap");
        monthlyCap.setLabel(getTranslation("standard.form.monthlyCap"));
        monthlyCap.setTestId("rule-monthly-cap");
        dailyCap.setPlaceholder(getTranslation("standard.form.noCap"));
        monthlyCap.setPlaceholder(getTranslation("standard.form.noCap"));
        deduction.setLabel(getTranslation("standard.form.deduction"));
        deduction.setTestId("rule-deduction");
        needsApproval.setLabel(getTranslation("standard.form.needsApproval"));
        needsApproval.setTestId("rule-needs-approval");
        occasion.setLabel(getTranslation("standard.form.occasion"));
        occasion.setHelperText(getTranslation("standard.form.occasionHelp"));
        occasion.setItems(RuleOccasion.values());
        occasion.setEmptySelectionAllowed(true);
        occasion.setEmptySelectionCaption(getTranslation("standard.form.noOccasion"));
        occasion.setItemLabelGenerator(o -> o == null ? getTranslation("standard.form.noOccasion")
                : getTranslation(o.translationKey()));
        occasion.setTestId("rule-occasion");

        String capInvalid = getTranslation("points.rule.cap.invalid", 1, QUANTITY_MAX);
        String pointsInvalid = getTranslation("points.rule.points.invalid", 1, RULE_POINTS_MAX);
        // The fields check their own minimum and maximum first: they say it in the service's words.
        points.setI18n(numberMessages(pointsInvalid));
        dailyCap.setI18n(numberMessages(capInvalid));
        monthlyCap.setI18n(numberMessages(capInvalid));
        binder.forField(category).asRequired(getTranslation("points.rule.category.required")).bind("category");
        String nameInvalid = getTranslation("points.rule.name.invalid", RULE_NAME_MAX);
        name.setMaxLength(RULE_NAME_MAX);
        binder.forField(name).asRequired(nameInvalid)
                .withValidator(n -> n.strip().length() <= RULE_NAME_MAX, nameInvalid)
                .bind("name");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(points).asRequired(pointsInvalid)
                .withValidator(v -> v >= 1 && v <= RULE_POINTS_MAX, pointsInvalid)
                .withConverter(v -> Points.of(v),
                        (@Nullable Points p) -> p == null ? null : Math.toIntExact(p.value()))
                .bind("points");
        binder.forField(perHour).bind("perHour");
        binder.forField(dailyCap).withValidator(RuleForm::validCap, capInvalid).bind("dailyCap");
        binder.forField(monthlyCap).withValidator(RuleForm::validCap, capInvalid).bind("monthlyCap");
        binder.forField(deduction).bind("deduction");
        binder.forField(needsApproval).bind("needsApproval");
        binder.forField(occasion).bind("occasion");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.add(category, points);
        form.add(name, 2);
        form.add(description, 2);
        form.add(perHour, deduction);
        form.add(dailyCap, monthlyCap);
        form.add(needsApproval, 2);
        form.add(occasion, 2);
    }

    /** Shows a rule; a new rule starts as a plain, positive, uncapped one of the category given. */
    void read(@Nullable RuleDraft rule, RuleCategory defaultCategory) {
        show(rule != null ? rule
                : new RuleDraft(defaultCategory, "", null, Points.of(1), false, null, null, false, false, null));
    }

    private static boolean validCap(@Nullable Integer cap) {
        return cap == null || (cap >= 1 && cap <= QUANTITY_MAX);
    }

    private IntegerField.IntegerFieldI18n numberMessages(String outOfRange) {
        return new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("standard.form.wholeNumber"))
                .setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange);
    }
}
