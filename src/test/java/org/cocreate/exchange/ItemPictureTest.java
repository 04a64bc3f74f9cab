package org.cocreate.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.TestPictures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An item's picture is judged by its content and stored only as {@code Pictures} writes it anew, whoever
 * calls the service (no screen in between here).
 */
@ServiceTest
class ItemPictureTest {

    @Autowired
    CatalogueService exchange;
    @Autowired
    ExchangeTestData data;

    private void setPicture(long item, Picture picture) {
        data.runAs.run(DemoUsers.WENFENG_WORKER, () -> exchange.setPicture(item, picture));
    }

    private java.util.Optional<Picture> stored(long item) {
        return data.runAs.get(DemoUsers.WENFENG_WORKER, () -> exchange.picture(item));
    }

    @Test
    void anHtmlFileDeclaredAsAPngIsRefusedAndNothingIsStored() {
        CatalogueItem soap = data.item("香皂", 10, 0, null);
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> setPicture(soap.id(), new Picture("image/png", html)))
                .isInstanceOfSatisfying(ExchangeRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("exchange.picture.type");
                    assertThat(refused.field()).isEqualTo("picture");
                });

        assertThat(stored(soap.id())).isEmpty();
    }

    @Test
    void aPhotographedItemIsStoredWithoutItsExifGpsPosition() {
        CatalogueItem rice = data.item("大米", 10, 0, null);

        setPicture(rice.id(), new Picture("image/jpeg", TestPictures.cameraJpeg(640, 480, 1)));

        Picture stored = stored(rice.id()).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(TestPictures.jpegMarkers(stored.content())).doesNotContain(0xE1);
        assertThat(TestPictures.contains(stored.content(), TestPictures.DESCRIPTION)).isFalse();
    }

    @Test
    void aPictureDeclaringAHugePixelCountIsRefusedAndNothingIsStored() {
        CatalogueItem oil = data.item("花生油", 10, 0, null);

        assertThatThrownBy(() -> setPicture(oil.id(), new Picture("image/png", TestPictures.pngHeaderOf(60_000, 60_000))))
                .isInstanceOfSatisfying(ExchangeRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("exchange.picture.pixels"));

        assertThat(stored(oil.id())).isEmpty();
    }

    @Test
    void aLargePictureIsStoredScaledDownAndAWebpOneAsJpeg() {
        CatalogueItem towel = data.item("毛巾", 10, 0, null);
        CatalogueItem soap = data.item("肥皂", 10, 0, null);

        setPicture(towel.id(), new Picture("image/jpeg", TestPictures.jpeg(3000, 2000)));
        setPicture(soap.id(), new Picture("image/webp", TestPictures.webp()));

        BufferedImage large = TestPictures.decode(stored(towel.id()).orElseThrow().content());
        assertThat(List.of(large.getWidth(), large.getHeight())).containsExactly(Picture.MAX_SIDE, 533);
        assertThat(stored(soap.id()).orElseThrow().contentType()).isEqualTo("image/jpeg");
    }
}
