package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.ResidentImportService;
import org.cocreate.community.ResidentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ResidentCardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    ResidentService residents;
    @Autowired
    ResidentImportService imports;

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerSeesTheCardWithNamePlaceAndAQrCodeOfTheCardCodeOnly() throws Exception {
        long chenBin = residentId("陈斌");
        String cardCode = jdbc.sql("select card_code from resident where id = ?").param(chenBin)
                .query(String.class).single();

        var view = open(chenBin);

        assertThat(view.communityName.getText()).isEqualTo("带谟阁社区");
        assertThat(view.residentName.getText()).isEqualTo("陈斌");
        assertThat(view.place.getText()).isEqualTo("百货小区 1栋");
        assertThat(view.code.getText()).isEqualTo(cardCode);
        assertThat(view.qrCode.getSrc()).startsWith("data:image/png;base64,");
        assertThat(decode(view.qrCode.getSrc())).isEqualTo(cardCode);
        assertThat(view.qrCode.getAlt()).contains("居民卡二维码");
    }

    @Test
    @WithUserDetails(DemoUsers.COUNTER)
    void theCounterMayNotOpenACard() {
        long someone = jdbc.sql("select min(r.id) from resident r join community c on c.id = r.community_id"
                + " where c.name = '文峰塔社区'").query(Long.class).single();
        assertThatThrownBy(() -> navigate("residents/" + someone + "/card", ResidentCardView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat($(ResidentCardView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void theCardOfAnotherCommunitysResidentIsNotFound() {
        long chenBin = residentId("陈斌");
        assertThatThrownBy(() -> navigate("residents/" + chenBin + "/card", ResidentCardView.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat($(ResidentCardView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aNewCardAfterConfirmationReplacesTheCodeAndTheOldCardStopsWorking() throws Exception {
        long wenfeng = communityData.community("文峰塔社区");
        imports.importResidents(wenfeng, "card.csv", new ByteArrayInputStream(
                "姓名,小区,楼栋\n长孙卡视,烈山小区,3栋".getBytes(StandardCharsets.UTF_8)));
        long residentId = residentId("长孙卡视");
        var view = open(residentId);
        String oldCode = view.code.getText();

        test(view.reissueButton).click();
        var dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("为 长孙卡视 补发新卡？");
        assertThat(test(dialog).getText()).contains("旧卡的二维码立即失效");
        test(dialog).confirm();

        String newCode = view.code.getText();
        assertThat(newCode).isNotEqualTo(oldCode).startsWith("CC");
        assertThat(decode(view.qrCode.getSrc())).isEqualTo(newCode);
        assertThat(residents.findByCard(oldCode)).isEmpty();
        assertThat(residents.findByCard(newCode)).isPresent();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void cancellingTheNewCardKeepsTheOldOne() {
        long residentId = jdbc.sql("select min(r.id) from resident r join community c on c.id = r.community_id"
                + " where c.name = '文峰塔社区'").query(Long.class).single();
        var view = open(residentId);
        String code = view.code.getText();

        test(view.reissueButton).click();
        test($(ConfirmDialog.class).single()).cancel();

        assertThat(view.code.getText()).isEqualTo(code);
        assertThat(residents.findByCard(code)).isPresent();
    }

    private ResidentCardView open(long residentId) {
        navigate("residents/" + residentId + "/card", ResidentCardView.class);
        return $(ResidentCardView.class).single();
    }

    private long residentId(String name) {
        return jdbc.sql("select id from resident where name = ?").param(name).query(Long.class).single();
    }

    private static String decode(String dataUrl) throws IOException, NotFoundException {
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }
}
