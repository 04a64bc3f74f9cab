package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an attacker did on the demo, in a real browser: signed in, they read an upload's address from the
 * page and posted a body far above its limit with {@code fetch}, past the browser's size check. Every
 * upload must refuse it, keep nothing, and leave the server's heap as it was (the server runs in this JVM,
 * so its heap is measured here, after full collections).
 */
class UploadLimitsJourneyIT extends BrowserJourney {

    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final long TEN_MB = 10L * 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyMegabytesPostedToTheItemPictureUploadAreRefusedAndNotKept() {
        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        page.navigate(url("exchange/catalogue"));
        page.locator("[data-testid='catalogue-add']").click();

        assertRefusedWithoutGrowingTheHeap("item-picture", false);

        // Nothing of it reached the form: the item saved now has no picture.
        assertThat(page.locator("[data-testid='item-picture-chosen']")).hasText("");
        page.locator("[data-testid='item-name'] input").fill("上传测试香皂");
        page.locator("[data-testid='item-unit'] input").fill("块");
        page.locator("[data-testid='item-save']").click();
        assertThat(page.locator("[data-testid='catalogue-items']")).containsText("上传测试香皂");
        assertThat(jdbc.sql("select count(*) from exchange_item where name = '上传测试香皂' and picture is null")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fiftyMegabytesPostedToTheGrantPhotoUploadAreRefusedAndNotKept() {
        signIn(DemoUsers.WENFENG_WORKER, DemoUsers.PASSWORD);
        page.navigate(url("points/grant"));

        assertRefusedWithoutGrowingTheHeap("grant-photo", false);
        // The same as a form post (multipart), which Vaadin parses before the handler is called.
        assertRefusedWithoutGrowingTheHeap("grant-photo", true);

        assertThat(page.locator("[data-testid='grant-photo-chosen']")).hasText("");
    }

    @Test
    void fiftyMegabytesPostedToTheResidentImportAreRefusedAndNotKept() {
        signIn(DemoUsers.WENFENG_ADMIN, DemoUsers.PASSWORD);
        page.navigate(url("residents/import"));

        assertRefusedWithoutGrowingTheHeap("import-upload", false);

        // No preview: nothing was read as a spreadsheet.
        assertThat(page.locator("[data-testid='import-file']")).isHidden();
        assertThat(page.locator("[data-testid='import-summary']")).isHidden();
        assertThat(page.locator("[data-testid='import-file-problem']")).isHidden();
        assertThat(page.locator("[data-testid='import-button']")).isHidden();
    }

    /** Posts 50 MB raw to the upload's own address from the page, as the attacker's {@code fetch} did. */
    private void assertRefusedWithoutGrowingTheHeap(String testId, boolean multipart) {
        var upload = page.locator("vaadin-upload[data-testid='" + testId + "']");
        upload.waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        String target = (String) upload.evaluate("u => u.target");
        assertThat(target).isNotBlank();
        // Let the screen settle (its first round trips) before the heap is measured.
        page.waitForLoadState();
        long before = usedHeapAfterFullCollections();

        @SuppressWarnings("unchecked")
        var answer = (Map<String, Object>) page.evaluate("""
                async ([target, size, multipart]) => {
                  const blob = new Blob([new Uint8Array(size)], {type: 'image/png'});
                  let body = blob;
                  if (multipart) {
                    body = new FormData();
                    body.append('file', blob, 'big.png');
                  }
                  try {
                    const response = await fetch(target, {method: 'POST', body});
                    return {status: response.status, body: await response.text()};
                  } catch (e) {
                    return {status: -1, body: String(e)};
                  }
                }""", java.util.List.of(target, FIFTY_MB, multipart));

        long after = usedHeapAfterFullCollections();
        System.out.printf("UPLOAD %s%s: answer %s, heap %d -> %d KB%n", testId, multipart ? " (multipart)" : "",
                answer.get("status"), before / 1024, after / 1024);
        int status = ((Number) answer.get("status")).intValue();
        assertThat(status).as("the answer to 50 MB posted to %s (%s)", testId, answer.get("body"))
                .isGreaterThanOrEqualTo(400);
        assertThat(after - before).as("heap growth in bytes").isLessThan(TEN_MB);
    }

    private static long usedHeapAfterFullCollections() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
