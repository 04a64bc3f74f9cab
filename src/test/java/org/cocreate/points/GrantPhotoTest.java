package org.cocreate.points;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A grant's photo is judged by its content and stored only as {@code Pictures} writes it anew, whoever
 * calls the service (no screen in between here).
 */
@ServiceTest
class GrantPhotoTest {

    private static final String WENFENG = "文峰塔社区";

    @Autowired
    GrantService points;
    @Autowired
    GrantReviewService review;
    @Autowired
    PointsTestData data;
    @Autowired
    JdbcClient jdbc;

    private GrantOutcome grant(long resident, Photo photo) {
        // A new resident each time, so the rule's caps never stand in the way.
        long rule = data.rule(WENFENG, "志愿服务").id();
        return data.runAs.get(DemoUsers.WENFENG_WORKER, () -> points.grant(new GrantCommand(resident, rule, 1,
                data.today(), null, null, photo)));
    }

    private Photo stored(GrantOutcome outcome) {
        return data.runAs.get(DemoUsers.WENFENG_ADMIN, () -> review.photo(outcome.grantId())).orElseThrow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void anHtmlFileDeclaredAsAPngIsRefusedAndNothingIsStored() {
        long resident = data.newResident(WENFENG);
        byte[] html = "<html><body><script>fetch('/steal?c=' + document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        long grants = count("point_grant");
        long photos = count("grant_photo");

        assertThatThrownBy(() -> grant(resident, new Photo("image/png", html)))
                .isInstanceOfSatisfying(PointsRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("points.photo.type");
                    assertThat(refused.field()).isEqualTo("photo");
                });

        assertThat(count("point_grant")).isEqualTo(grants);
        assertThat(count("grant_photo")).isEqualTo(photos);
    }

    @Test
    void aTabletPhotoIsStoredWithoutItsExifGpsPositionAndUpright() {
        long resident = data.newResident(WENFENG);
        // A portrait photo as the tablet stores it: sideways, with orientation 6 and where it was taken.
        byte[] camera = TestPictures.cameraJpeg(800, 600, 6);

        Photo stored = stored(grant(resident, new Photo("image/jpeg", camera)));

        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(TestPictures.jpegMarkers(stored.content())).doesNotContain(0xE1);
        assertThat(TestPictures.contains(stored.content(), "Exif")).isFalse();
        assertThat(TestPictures.contains(stored.content(), TestPictures.DESCRIPTION)).isFalse();
        BufferedImage image = TestPictures.decode(stored.content());
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(600, 800);
    }

    @Test
    void aPhotoDeclaringAHugePixelCountIsRefusedAndNothingIsStored() {
        long resident = data.newResident(WENFENG);
        long grants = count("point_grant");

        assertThatThrownBy(() -> grant(resident, new Photo("image/png", TestPictures.pngHeaderOf(100_000, 100_000))))
                .isInstanceOfSatisfying(PointsRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("points.photo.pixels"));

        assertThat(count("point_grant")).isEqualTo(grants);
    }

    @Test
    void aLargePhotoIsStoredScaledDown() {
        long resident = data.newResident(WENFENG);

        Photo stored = stored(grant(resident, new Photo("image/jpeg", TestPictures.jpeg(4000, 3000))));

        BufferedImage image = TestPictures.decode(stored.content());
        assertThat(List.of(image.getWidth(), image.getHeight())).containsExactly(Photo.MAX_SIDE, 1200);
    }
}
