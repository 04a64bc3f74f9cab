package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.community.ResidentName;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;

/**
 * Residents chosen with the register's search (or their card), shown as chips a tap removes, under a caption:
 * one (the resident visited: the search gives way to the chip) or up to {@code most} (the volunteers who went).
 */
class ResidentChips extends Composite<VerticalLayout> {

    private final ResidentPicker picker;
    private final Div chips = new Div();
    private final int most;
    private final String testId;
    private final List<ResidentName> chosen = new ArrayList<>();

    ResidentChips(ResidentService residents, long communityId, String label, int most, String testId) {
        this.most = most;
        this.testId = testId;
        this.picker = new ResidentPicker(residents, communityId, picked -> add(new ResidentName(picked.id(),
                picked.name())));
        // The caption stays when the search gives way to the chosen one's chip.
        var caption = new Span(label);
        caption.addClassName("volunteer-visit-caption");
        picker.field().setAriaLabel(label);
        picker.field().setTestId(testId);
        chips.addClassName("volunteer-visit-chips");
        chips.setTestId(testId + "-chips");
        var layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.addClassName("volunteer-visit-choice");
        layout.add(caption, chips, picker);
    }

    /** The search field: where a refusal of the choice is shown. */
    TextField field() {
        return picker.field();
    }

    ResidentPicker picker() {
        return picker;
    }

    List<Long> ids() {
        return chosen.stream().map(ResidentName::id).toList();
    }

    List<ResidentName> chosen() {
        return List.copyOf(chosen);
    }

    void add(ResidentName resident) {
        if (chosen.stream().noneMatch(c -> c.id() == resident.id()) && chosen.size() < most) {
            chosen.add(resident);
            show();
        }
    }

    private void remove(ResidentName resident) {
        chosen.removeIf(c -> c.id() == resident.id());
        show();
    }

    private void show() {
        chips.removeAll();
        for (ResidentName resident : chosen) {
            var chip = new Button(resident.name(), VaadinIcon.CLOSE_SMALL.create(), e -> remove(resident));
            chip.setIconAfterText(true);
            chip.addThemeVariants(ButtonVariant.TERTIARY);
            chip.addClassName("volunteer-visit-chip");
            chip.setAriaLabel(getTranslation("visits.form.remove", resident.name()));
            chip.setTestId(testId + "-chip-" + resident.id());
            chips.add(chip);
        }
        chips.setVisible(!chosen.isEmpty());
        // Full: the search gives way (the one resident visited, or the tenth volunteer).
        picker.setVisible(chosen.size() < most);
        picker.field().setInvalid(false);
    }

    /** For the tests: the chips' text. */
    String chipsText() {
        return chips.getElement().getTextRecursively();
    }
}
