package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.cocreate.base.ui.QrCodes;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ResidentCard;
import org.cocreate.community.ResidentService;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A resident's printed card (bank-card size, 85.6 × 54 mm): community, name, compound and building, and
 * a QR code of the card code only, so a lost card tells its finder nothing. Printing prints the card
 * alone (see the print rules in styles.css). A new card makes the old one stop working.
 */
@Route("residents/:residentId([0-9]{1,18})/card")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME})
class ResidentCardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "residentId";
    private static final int QR_PIXELS = 300;

    final Div card = new Div();
    final Span communityName = new Span();
    final Span residentName = new Span();
    final Span place = new Span();
    final Image qrCode = new Image();
    final Span code = new Span();
    final Button printButton = new Button();
    final Button reissueButton = new Button();

    private final ResidentService residents;
    private @Nullable ResidentCard current;

    ResidentCardView(ResidentService residents) {
        this.residents = residents;
        addClassName("resident-card-page");

        var label = new Span(getTranslation("residentCard.label"));
        label.addClassName("resident-card-label");
        communityName.addClassName("resident-card-community");
        var header = new Div(communityName, label);
        header.addClassName("resident-card-header");
        residentName.addClassName("resident-card-name");
        residentName.setTestId("card-name");
        place.addClassName("resident-card-place");
        var info = new Div(residentName, place);
        info.addClassName("resident-card-info");
        qrCode.addClassName("resident-card-qr");
        qrCode.setAlt(getTranslation("residentCard.qrAlt"));
        qrCode.setTestId("card-qr");
        code.addClassName("resident-card-code");
        code.setTestId("card-code");
        var qrAndCode = new Div(qrCode, code);
        qrAndCode.addClassName("resident-card-qr-box");
        var body = new Div(info, qrAndCode);
        body.addClassName("resident-card-body");
        card.add(header, body);
        card.addClassName("resident-card");
        card.setTestId("resident-card");

        printButton.setText(getTranslation("common.print"));
        printButton.setIcon(VaadinIcon.PRINT.create());
        printButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        printButton.setTestId("card-print");
        printButton.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));

        reissueButton.setText(getTranslation("residentCard.reissue"));
        reissueButton.setIcon(VaadinIcon.REFRESH.create());
        reissueButton.setTestId("card-reissue");
        reissueButton.addClickListener(e -> confirmReissue());

        var back = new Button(getTranslation("common.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        var actions = new HorizontalLayout(printButton, reissueButton, back);
        actions.setWrap(true);
        actions.addClassName("no-print");
        var hint = new Paragraph(getTranslation("residentCard.hint"));
        hint.addClassNames("no-print", TextColor.SECONDARY);

        var content = new VerticalLayout(actions, hint, card);
        add(new ViewToolbar(getTranslation("residentCard.title")), content);
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> residentId = event.getRouteParameters().getLong(PARAMETER);
        if (residentId.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.notFound"));
            return;
        }
        try {
            show(residents.card(residentId.get()));
        } catch (org.cocreate.base.NotFoundException notVisible) {
            // Another community's resident looks exactly like one that does not exist.
            event.rerouteToError(NotFoundException.class, getTranslation("error.notFound"));
        }
    }

    private void show(ResidentCard residentCard) {
        current = residentCard;
        communityName.setText(residentCard.communityName());
        residentName.setText(residentCard.name());
        place.setText(residentCard.compoundName() + " " + residentCard.buildingName());
        qrCode.setSrc(QrCodes.pngDataUrl(residentCard.cardCode(), QR_PIXELS));
        code.setText(residentCard.cardCode());
    }

    private void confirmReissue() {
        ResidentCard shown = current;
        if (shown == null) {
            return;
        }
        var dialog = Localized.confirmDialog(getTranslation("residentCard.reissue.header", shown.name()),
                getTranslation("residentCard.reissue.text"), getTranslation("residentCard.reissue.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            show(residents.reissueCard(shown.residentId()));
            Notifications.success("residentCard.reissued");
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("residentCard.title")
                : getTranslation("residentCard.title") + " · " + current.name();
    }
}
