package org.cocreate.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.ExchangeLimits;
import org.cocreate.exchange.ItemKind;
import org.cocreate.exchange.Picture;
import org.cocreate.security.WorkingCommunity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The catalogue on the demo data of 文峰塔社区 (eight items, some donated). The items a test adds carry a
 * name of their own, so the tests never meet one another's items.
 */
@ViewTest
class CatalogueViewTest extends SpringBrowserlessTest {

    private static final int PICTURE = 0;
    /** The name, with the kind and the status under it. */
    private static final int NAME = 1;
    private static final int PRICE = 2;
    private static final int LIMIT = 3;
    private static final int STOCK = 4;
    private static final int EDIT = 5;

    @Autowired
    ApplicationContext context;
    @Autowired
    CatalogueService catalogue;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anAdminAddsAServiceWithAPictureAndEditsIt() {
        var view = open();
        String name = "上门理发" + System.nanoTime();
        int before = test(view.items).size();

        test(view.add).click();
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("新增物品");
        test(kind()).selectItem("服务");
        test(field("item-name")).setValue(name);
        test(field("item-unit")).setValue("次");
        test(number("item-price")).setValue(40);
        test(number("item-daily-limit")).setValue(1);
        test(number("item-low-stock")).setValue(2);
        test($(Upload.class).withTestId("item-picture").single()).upload("haircut.png", "image/png",
                org.cocreate.base.TestPictures.transparentPng(40, 30));
        assertThat($(Span.class).withTestId("item-picture-chosen").single().getText())
                .isEqualTo("已选择：haircut.png");
        test($(Button.class).withTestId("item-save").single()).click();

        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已保存“" + name + "”");
        assertThat(test(view.items).size()).isEqualTo(before + 1);
        int row = rowOf(view, name);
        CatalogueItem added = test(view.items).getRow(row);
        assertThat(added.kind()).isEqualTo(ItemKind.SERVICE);
        assertThat(added.hasPicture()).isTrue();
        assertThat(catalogue.picture(added.id())).map(Picture::contentType).hasValue("image/png");
        assertThat(test(view.items).getCellText(row, NAME)).contains("服务");
        assertThat(test(view.items).getCellText(row, PRICE)).isEqualTo("40 分/次");
        assertThat(test(view.items).getCellText(row, LIMIT)).isEqualTo("1 次");
        // Nothing received yet: 0 is below the threshold of 2.
        assertThat(test(view.items).getCellText(row, STOCK)).isEqualTo("0 次库存不足");
        assertThat(test(view.items).getCellText(row, NAME)).contains("上架").doesNotContain("已下架");

        // Edited: dearer, no limit, withdrawn.
        test((Button) test(view.items).getCellComponent(row, EDIT)).click();
        assertThat(field("item-name").getValue()).isEqualTo(name);
        assertThat(number("item-price").getValue()).isEqualTo(40);
        test(number("item-price")).setValue(50);
        test(number("item-daily-limit")).setValue(null);
        test($(Checkbox.class).withTestId("item-active").single()).click();
        test($(Button.class).withTestId("item-save").single()).click();

        row = rowOf(view, name);
        assertThat(test(view.items).getCellText(row, PRICE)).isEqualTo("50 分/次");
        assertThat(test(view.items).getCellText(row, LIMIT)).isEqualTo("不限");
        assertThat(test(view.items).getCellText(row, NAME)).contains("已下架");
        assertThat(test(view.items).getRow(row).hasPicture()).as("the picture is kept").isTrue();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void badInputIsShownNextToTheFieldsAndNothingIsCreated() {
        var view = open();
        long community = context.getBean(WorkingCommunity.class).id();
        int before = catalogue.catalogue(community).size();

        test(view.add).click();
        test(field("item-unit")).setValue("袋");
        test(number("item-price")).setValue(0);
        test($(Button.class).withTestId("item-save").single()).click();

        assertThat(field("item-name").isInvalid()).isTrue();
        assertThat(field("item-name").getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("exchange.item.name.invalid", 100));
        assertThat(number("item-price").isInvalid()).isTrue();
        assertThat(number("item-price").getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("exchange.item.price.invalid", 1, ExchangeLimits.PRICE_MAX));
        assertThat($(Dialog.class).exists()).as("the dialog stays open").isTrue();
        assertThat(catalogue.catalogue(community)).hasSize(before);

        // A name already in the catalogue: only the service knows; its refusal lands next to the name.
        test(field("item-name")).setValue("卫生纸");
        test(number("item-price")).setValue(10);
        test($(Button.class).withTestId("item-save").single()).click();
        assertThat(field("item-name").isInvalid()).isTrue();
        assertThat(field("item-name").getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("exchange.item.nameTaken", "卫生纸"));
        assertThat(number("item-price").isInvalid()).isFalse();
        assertThat(catalogue.catalogue(community)).hasSize(before);
        assertThat(test(view.items).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void aCounterVolunteerReadsTheCatalogueButCannotEditIt() {
        var view = open();

        int row = rowOf(view, "卫生纸");
        assertThat(test(view.items).getCellText(row, NAME)).startsWith("卫生纸");
        assertThat(test(view.items).getCellText(row, PRICE)).isEqualTo("30 分/提");
        assertThat(test(view.items).getCellText(row, LIMIT)).isEqualTo("2 提");
        assertThat(test(view.items).getCellComponent(row, PICTURE)).isNotNull();
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.editColumn.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberCannotOpenTheCatalogue() {
        assertThatThrownBy(() -> navigate(CatalogueView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void inEnglishTheCatalogueIsEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var view = open();

        assertThat(view.getPageTitle()).isEqualTo("Catalogue");
        assertThat(view.add.getText()).isEqualTo("New item");
        assertThat(test(view.items).getHeaderCell(PRICE)).isEqualTo("Price");
        assertThat(test(view.items).getHeaderCell(STOCK)).isEqualTo("Stock");
        int row = rowOf(view, "卫生纸");
        assertThat(test(view.items).getCellText(row, PRICE)).isEqualTo("30 points / 提");
        assertThat(test(view.items).getCellText(row, NAME)).contains("On offer");

        test(view.add).click();
        assertThat(field("item-name").getLabel()).isEqualTo("Name");
        assertThat(number("item-price").getLabel()).isEqualTo("Points per unit");
        assertThat(number("item-daily-limit").getPlaceholder()).isEqualTo("No limit");
    }

    private CatalogueView open() {
        navigate(CatalogueView.class);
        return $(CatalogueView.class).single();
    }

    private int rowOf(CatalogueView view, String name) {
        List<CatalogueItem> rows = new ArrayList<>();
        for (int i = 0; i < test(view.items).size(); i++) {
            rows.add(test(view.items).getRow(i));
        }
        return rows.indexOf(rows.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow());
    }

    private TextField field(String testId) {
        return $(TextField.class).withTestId(testId).single();
    }

    private IntegerField number(String testId) {
        return $(IntegerField.class).withTestId(testId).single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<ItemKind> kind() {
        return $(RadioButtonGroup.class).withTestId("item-kind").single();
    }
}
