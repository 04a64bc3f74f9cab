package org.cocreate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.cocreate.base.Pictures.Problem;
import org.cocreate.base.Pictures.RefusedPicture;
import org.junit.jupiter.api.Test;

class PicturesTest {

    @Test
    void anHtmlFileIsNotAPictureWhateverItIsCalled() {
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Pictures.reencoded(html, 800))
                .isInstanceOfSatisfying(RefusedPicture.class, r -> assertThat(r.problem()).isEqualTo(Problem.NOT_A_PICTURE));
    }

    @Test
    void aFileThatOnlyStartsLikeAPictureIsRefused() {
        byte[] png = TestPictures.png(40, 30);
        byte[] forged = new byte[png.length];
        System.arraycopy(png, 0, forged, 0, 16);
        java.util.Arrays.fill(forged, 16, forged.length, (byte) '<');

        assertThatThrownBy(() -> Pictures.reencoded(forged, 800))
                .isInstanceOfSatisfying(RefusedPicture.class, r -> assertThat(r.problem()).isEqualTo(Problem.NOT_A_PICTURE));
    }

    @Test
    void aCameraPhotoComesOutWithoutItsExifAndGpsPosition() {
        byte[] photo = TestPictures.cameraJpeg(400, 300, 1);
        assertThat(TestPictures.jpegMarkers(photo)).contains(0xE1);
        assertThat(TestPictures.contains(photo, TestPictures.DESCRIPTION)).isTrue();

        Pictures.Encoded stored = Pictures.reencoded(photo, 1600);

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(TestPictures.jpegMarkers(stored.content())).doesNotContain(0xE1).contains(0xDA);
        assertThat(TestPictures.contains(stored.content(), "Exif")).isFalse();
        assertThat(TestPictures.contains(stored.content(), TestPictures.DESCRIPTION)).isFalse();
        assertThat(TestPictures.decode(stored.content()).getWidth()).isEqualTo(400);
    }

    @Test
    void aPortraitPhotoFromATabletStaysUpright() {
        // Stored sideways (red on top), with orientation 6: to be seen turned a quarter clockwise.
        byte[] photo = TestPictures.cameraJpeg(400, 300, 6);

        BufferedImage seen = TestPictures.decode(Pictures.reencoded(photo, 1600).content());

        assertThat(seen.getWidth()).isEqualTo(300);
        assertThat(seen.getHeight()).isEqualTo(400);
        // What was on top is now on the right.
        assertThat(isRed(seen.getRGB(280, 200))).isTrue();
        assertThat(isRed(seen.getRGB(20, 200))).isFalse();
    }

    @Test
    void everyExifOrientationTurnsTheTopOfTheStoredPictureToWhereItIsSeen() {
        // Where the stored picture's red top half is seen, by orientation: top, right, bottom or left.
        String[] redSide = {null, "top", "top", "bottom", "bottom", "left", "right", "right", "left"};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage seen = TestPictures.decode(
                    Pictures.reencoded(TestPictures.cameraJpeg(400, 300, orientation), 1600).content());
            int w = seen.getWidth();
            int h = seen.getHeight();
            assertThat(w).as("width at orientation %d", orientation).isEqualTo(orientation >= 5 ? 300 : 400);
            String side = isRed(seen.getRGB(w / 2, 10)) ? "top" : isRed(seen.getRGB(w / 2, h - 10)) ? "bottom"
                    : isRed(seen.getRGB(10, h / 2)) ? "left" : isRed(seen.getRGB(w - 10, h / 2)) ? "right" : "none";
            assertThat(side).as("red side at orientation %d", orientation).isEqualTo(redSide[orientation]);
        }
    }

    @Test
    void aPictureDeclaringTooManyPixelsIsRefusedBeforeItsPixelsAreDecoded() {
        // 100,000 x 100,000 pixels in a file of 60 bytes: decoded, 30 GB.
        byte[] bomb = TestPictures.pngHeaderOf(100_000, 100_000);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        assertThatThrownBy(() -> Pictures.reencoded(bomb, 1600))
                .isInstanceOfSatisfying(RefusedPicture.class, r -> assertThat(r.problem()).isEqualTo(Problem.TOO_MANY_PIXELS));

        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).as("bytes allocated")
                .isLessThan(5L * 1024 * 1024);
    }

    @Test
    void aLargePictureIsScaledDownToTheLongerSideAsked() {
        Pictures.Encoded stored = Pictures.reencoded(TestPictures.jpeg(4000, 3000), 1600);

        BufferedImage image = TestPictures.decode(stored.content());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
        assertThat(isRed(image.getRGB(800, 100))).isTrue();
        assertThat(isRed(image.getRGB(800, 1100))).isFalse();
    }

    @Test
    void aSmallPictureKeepsItsSize() {
        BufferedImage image = TestPictures.decode(Pictures.reencoded(TestPictures.png(120, 90), 800).content());

        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(90);
    }

    @Test
    void aTransparentPngStaysAPngAndAnOpaqueOneBecomesAJpeg() {
        Pictures.Encoded transparent = Pictures.reencoded(TestPictures.transparentPng(200, 100), 800);
        Pictures.Encoded opaque = Pictures.reencoded(TestPictures.png(200, 100), 800);

        assertThat(transparent.contentType()).isEqualTo("image/png");
        assertThat(TestPictures.decode(transparent.content()).getRGB(10, 10) >>> 24).isZero();
        assertThat(opaque.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aWebpPictureIsReadAndStoredAsJpeg() {
        Pictures.Encoded stored = Pictures.reencoded(TestPictures.webp(), 800);

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        BufferedImage image = TestPictures.decode(stored.content());
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
    }

    @Test
    void theExifOrientationIsReadFromACameraJpeg() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            assertThat(Pictures.jpegOrientation(TestPictures.cameraJpeg(40, 30, orientation))).isEqualTo(orientation);
        }
        assertThat(Pictures.jpegOrientation(TestPictures.jpeg(40, 30))).isEqualTo(1);
    }

    private static boolean isRed(int rgb) {
        var color = new Color(rgb);
        return color.getRed() > 150 && color.getBlue() < 100;
    }
}
