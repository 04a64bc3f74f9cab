package org.cocreate.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cocreate.DemoUsers;
import org.junit.jupiter.api.Test;

class RegisterJourneyIT extends BrowserJourney {

    @Test
    void aWorkerOnAPortraitTabletFindsChenBinByPinyinInitials() {
        context.close();
        context = newContext(768, 1024);
        page = context.newPage();
        signIn(DemoUsers.DAIMO_WORKER, DemoUsers.PASSWORD);

        page.navigate(url("residents"));
        page.locator("[data-testid='resident-search'] input").fill("cb");
        assertThat(page.locator("[data-testid='resident-grid']")).containsText("陈斌");
        assertThat(page.locator("[data-testid='resident-grid']")).containsText("百货小区");
        screenshot("residents-search-cb-768x1024");
    }

    @Test
    void anAdminImportsAFileWithOneBadRowReadsWhyFixesItAndImports() throws IOException {
        signIn(DemoUsers.SUBDISTRICT_ADMIN, DemoUsers.PASSWORD);
        page.navigate(url("residents/import"));
        assertThat(page.locator("[data-testid='import-template']")).isVisible();

        String header = "姓名,性别,出生年份,手机号,小区,楼栋,单元,房号,标签,备注\n";
        String good = "欧阳晓雯,女,1988,13911112222,百货小区,1栋,1单元,101,党员,\n";
        Path bad = write("residents-bad.csv", header + good + "司马光明,男,1950,13911113333,幸福小区,2栋,1单元,201,,\n");
        page.locator("[data-testid='import-upload'] input[type='file']").setInputFiles(bad);

        // The preview names the bad row (row 3 in Excel: the header is row 1) and why; nothing can be imported.
        assertThat(page.locator("[data-testid='import-problems']")).containsText("幸福小区");
        assertThat(page.locator("[data-testid='import-problems']")).containsText("3");
        assertThat(page.locator("[data-testid='import-button']")).isDisabled();
        screenshot("import-bad-row-1024x768");

        Path fixed = write("residents-fixed.csv", header + good + "司马光明,男,1950,13911113333,百货小区,2栋,1单元,201,,\n");
        page.locator("[data-testid='import-upload'] input[type='file']").setInputFiles(fixed);
        assertThat(page.locator("[data-testid='import-button']")).isEnabled();
        page.locator("[data-testid='import-button']").click();
        assertThat(page.locator("[data-testid='import-done']")).containsText("2");

        // The imported residents are found at once by the one search field.
        page.navigate(url("residents"));
        page.locator("[data-testid='resident-search'] input").fill("smgm");
        assertThat(page.locator("[data-testid='resident-grid']")).containsText("司马光明");
    }

    private static Path write(String name, String content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "journey-files"));
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
