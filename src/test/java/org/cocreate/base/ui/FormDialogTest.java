package org.cocreate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.cocreate.base.RefusedException;
import org.junit.jupiter.api.Test;

/** The one dialog shape: what its primary action does with a refusal, a correction and success. */
@ViewPackages(packages = "org.cocreate.base.ui")
class FormDialogTest extends BrowserlessTest {

    private final TextField name = new TextField();
    private int attempts;

    private FormDialog dialog() {
        var dialog = new FormDialog("title", name).refusalsAt(Map.of("name", name));
        UI.getCurrent().add(dialog);
        dialog.open();
        return dialog;
    }

    @Test
    void aRefusalOfTheServiceIsShownAtItsFieldAndTheDialogStaysOpen() {
        var dialog = dialog();
        Button save = dialog.primary("save", () -> {
            attempts++;
            throw new RefusedException("name", "common.noData");
        });

        test(save).click();

        assertThat(attempts).isEqualTo(1);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
    }

    @Test
    void somethingToCorrectKeepsTheDialogOpenAndTheNextTryClearsTheOldMark() {
        var dialog = dialog();
        name.setInvalid(true);
        Button save = dialog.primary("save", () -> false);

        test(save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(name.isInvalid()).as("marks are cleared at each try").isFalse();
    }

    @Test
    void successClosesTheDialog() {
        var dialog = dialog();
        Button save = dialog.primary("save", () -> true);

        test(save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Dialog.class).exists()).isFalse();
    }

    @Test
    void cancelAndEscCloseItButATapBesideItDoesNot() {
        var dialog = dialog();
        assertThat(dialog.isCloseOnEsc()).isTrue();
        assertThat(dialog.isCloseOnOutsideClick()).as("nothing typed is lost to a stray touch").isFalse();

        test(dialog.cancel()).click();

        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void cancelThenThePrimaryActionSitInTheFooter() {
        var dialog = dialog();
        Button save = dialog.primary("save", () -> true);

        assertThat(dialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow()))
                .containsExactly(dialog.cancel(), save);
        assertThat(save.getThemeNames()).contains("primary");
        assertThat(dialog.cancel().getThemeNames()).contains("tertiary");
    }
}
