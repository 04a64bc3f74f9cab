package org.cocreate.exchange.ui;

import static org.cocreate.exchange.ExchangeLimits.*;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.Receipt;

/** 作废: why this redemption is undone; the points go back to the resident and the goods to the shelf. */
class VoidReceiptDialog extends FormDialog {

    final TextArea reason = new TextArea();
    final Button confirm;
    final Button cancel = cancel();

    VoidReceiptDialog(RedemptionService redemptions, Receipt receipt, String residentName, String lines,
            Runnable voided) {
        super("");
        setHeaderTitle(getTranslation("sessionReport.voidDialog.title"));
        addClassName("sessions-void-dialog");
        var what = new Paragraph(getTranslation("sessionReport.voidDialog.text", residentName, lines,
                receipt.points()));
        what.setTestId("report-void-text");
        reason.setLabel(getTranslation("sessionReport.voidDialog.reason"));
        reason.setRequired(true);
        reason.setMaxLength(TEXT_MAX);
        reason.setWidthFull();
        reason.setTestId("report-void-reason");
        add(what, reason);

        refusalsAt(Map.of("reason", reason));
        confirm = primary(getTranslation("sessionReport.voidDialog.confirm"), () -> {
            if (reason.getValue().isBlank()) {
                invalid(reason, "exchange.reason.required");
                return false;
            }
            redemptions.voidRedemption(receipt.redemptionId(), reason.getValue());
            Notifications.success("sessionReport.voided", residentName, receipt.points());
            voided.run();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.ERROR);
        confirm.setTestId("report-void-confirm");
        cancel.setTestId("report-void-cancel");
    }
}
