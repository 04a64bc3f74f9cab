package org.cocreate.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.base.ui.Notifications;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.Receipt;

/** 作废: why this redemption is undone; the points go back to the resident and the goods to the shelf. */
class VoidReceiptDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button cancel = new Button();

    VoidReceiptDialog(RedemptionService redemptions, Receipt receipt, String residentName, String lines,
            Runnable voided) {
        setHeaderTitle(getTranslation("sessionReport.voidDialog.title"));
        addClassName("sessions-void-dialog");
        var what = new Paragraph(getTranslation("sessionReport.voidDialog.text", residentName, lines,
                receipt.points()));
        what.setTestId("report-void-text");
        reason.setLabel(getTranslation("sessionReport.voidDialog.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setTestId("report-void-reason");
        add(what, reason);

        confirm.setText(getTranslation("sessionReport.voidDialog.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setTestId("report-void-confirm");
        confirm.addClickListener(e -> {
            reason.setInvalid(false);
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("exchange.reason.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                redemptions.voidRedemption(receipt.redemptionId(), reason.getValue());
            } catch (RefusedException refusal) {
                FieldRefusals.show(refusal, Map.of("reason", reason));
                return;
            }
            Notifications.success("sessionReport.voided", residentName, receipt.points());
            close();
            voided.run();
        });
        cancel.setText(getTranslation("common.cancel"));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        cancel.setTestId("report-void-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, confirm);
    }
}
