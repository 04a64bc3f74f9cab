package org.cocreate.exchange.ui;

import static org.cocreate.exchange.ExchangeLimits.*;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Map;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;
import org.cocreate.exchange.ItemDraft;
import org.cocreate.exchange.ItemKind;
import org.cocreate.exchange.Picture;
import org.cocreate.points.Points;
import org.cocreate.base.ui.RecordForm;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue item: kind, name, unit, price in points, the limit per resident and day, the stock below
 * which it counts as running low, whether it is on offer, and a picture. The binder checks what a user
 * mistypes with the service's own messages; what only the service knows (a name taken) comes back
 * through {@link #showRefusal}, next to the field it names.
 */
class ItemForm extends RecordForm<ItemDraft> {

    final RadioButtonGroup<ItemKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField unit = new TextField();
    final IntegerField price = new IntegerField();
    final IntegerField dailyLimit = new IntegerField();
    final IntegerField lowStockThreshold = new IntegerField();
    final Checkbox active = new Checkbox();
    final Upload upload;
    final Span pictureChosen = new Span();

    private @Nullable Picture picture;

    ItemForm() {
        super(ItemDraft.class);
        refusalsAt(Map.of("name", name, "unit", unit, "price", price, "dailyLimit", dailyLimit,
                "lowStockThreshold", lowStockThreshold));

        kind.setLabel(getTranslation("catalogue.form.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setTestId("item-kind");
        name.setLabel(getTranslation("catalogue.form.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ITEM_NAME_MAX);
        name.setTestId("item-name");
        unit.setLabel(getTranslation("catalogue.form.unit"));
        unit.setPlaceholder(getTranslation("catalogue.form.unitPlaceholder"));
        unit.setRequiredIndicatorVisible(true);
        unit.setMaxLength(UNIT_MAX);
        unit.setTestId("item-unit");
        price.setLabel(getTranslation("catalogue.form.price"));
        price.setRequiredIndicatorVisible(true);
        price.setStepButtonsVisible(true);
        price.setTestId("item-price");
        dailyLimit.setLabel(getTranslation("catalogue.form.dailyLimit"));
        dailyLimit.setPlaceholder(getTranslation("catalogue.noLimit"));
        dailyLimit.setStepButtonsVisible(true);
        dailyLimit.setMin(1);
        dailyLimit.setMax(DAILY_LIMIT_MAX);
        dailyLimit.setTestId("item-daily-limit");
        lowStockThreshold.setLabel(getTranslation("catalogue.form.lowStockThreshold"));
        lowStockThreshold.setHelperText(getTranslation("catalogue.form.lowStockHelper"));
        lowStockThreshold.setStepButtonsVisible(true);
        lowStockThreshold.setMin(0);
        lowStockThreshold.setMax(QUANTITY_MAX);
        lowStockThreshold.setTestId("item-low-stock");
        active.setLabel(getTranslation("catalogue.form.active"));
        active.setTestId("item-active");

        upload = LimitedUploadHandler.inMemory(Picture.MAX_BYTES, (metadata, data) -> {
            picture = new Picture(metadata.contentType(), data);
            pictureChosen.setText(getTranslation("catalogue.form.pictureChosen", metadata.fileName()));
        }).whenRefused(() -> Notifications.error("catalogue.form.pictureRejected", Picture.MAX_BYTES / 1024 / 1024))
                .upload();
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setTestId("item-picture");
        upload.addFileRemovedListener(e -> {
            picture = null;
            pictureChosen.setText("");
        });
        var pictureLabel = new Span(getTranslation("catalogue.form.picture"));
        pictureLabel.addClassName("catalogue-form-label");
        pictureChosen.addClassName("catalogue-form-hint");
        pictureChosen.setTestId("item-picture-chosen");
        var pictureField = new Div(pictureLabel, upload, pictureChosen);
        pictureField.addClassName("catalogue-form-picture");

        String nameInvalid = getTranslation("exchange.item.name.invalid", ITEM_NAME_MAX);
        String unitInvalid = getTranslation("exchange.item.unit.invalid", UNIT_MAX);
        String priceInvalid = getTranslation("exchange.item.price.invalid", 1, PRICE_MAX);
        String limitInvalid = getTranslation("exchange.limit.invalid", 1, DAILY_LIMIT_MAX);
        String countInvalid = getTranslation("exchange.count.invalid", 0, QUANTITY_MAX);
        // The fields check their own minimum and maximum first: they say it in the service's words.
        price.setI18n(numberMessages(priceInvalid));
        dailyLimit.setI18n(numberMessages(limitInvalid));
        lowStockThreshold.setI18n(numberMessages(countInvalid));
        binder.forField(kind).asRequired(getTranslation("exchange.item.kind.required")).bind("kind");
        binder.forField(name).asRequired(nameInvalid).withValidator(n -> n.strip().length() <= ITEM_NAME_MAX, nameInvalid)
                .bind("name");
        binder.forField(unit).asRequired(unitInvalid).withValidator(u -> u.strip().length() <= UNIT_MAX, unitInvalid)
                .bind("unit");
        binder.forField(price).asRequired(priceInvalid).withValidator(v -> v >= 1 && v <= PRICE_MAX, priceInvalid)
                .withConverter(v -> Points.of(v), (@Nullable Points p) -> p == null ? null : Math.toIntExact(p.value()))
                .bind("price");
        binder.forField(dailyLimit).withValidator(v -> v == null || (v >= 1 && v <= DAILY_LIMIT_MAX),
                        limitInvalid)
                .bind("dailyLimit");
        binder.forField(lowStockThreshold).asRequired(countInvalid)
                .withValidator(v -> v >= 0 && v <= QUANTITY_MAX, countInvalid)
                .bind("lowStockThreshold");
        binder.forField(active).bind("active");

        var form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.add(kind, 2);
        form.add(name, unit);
        form.add(price, dailyLimit);
        form.add(lowStockThreshold, active);
        form.add(pictureField, 2);
    }

    /** Shows an item; a new one starts as goods on offer, one point, no limit, low below five. */
    void read(@Nullable ItemDraft item, boolean hasPicture) {
        show(item != null ? item
                : new ItemDraft(ItemKind.GOODS, "", "", Points.of(1), null, 5, true));
        picture = null;
        upload.clearFileList();
        pictureChosen.setText(hasPicture ? getTranslation("catalogue.form.pictureKept") : "");
    }

    private IntegerField.IntegerFieldI18n numberMessages(String outOfRange) {
        return new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("catalogue.form.wholeNumber"))
                .setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange);
    }

    /** The picture uploaded in this form, if any (the item's earlier one stays otherwise). */
    @Nullable Picture picture() {
        return picture;
    }
}
