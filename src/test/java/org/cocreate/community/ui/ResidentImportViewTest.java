package org.cocreate.community.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@ViewTest
class ResidentImportViewTest extends SpringBrowserlessTest {

    static final String HEADER = "姓名,性别,出生年份,手机号,小区,楼栋,单元,房号,标签,备注";

    @Autowired
    ResidentService residents;
    @Autowired
    CommunityTestData communities;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerMayNotOpenTheImport() {
        assertThatThrownBy(() -> navigate(ResidentImportView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat($(ResidentImportView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aBadRowIsShownWithItsRowNumberAndReasonAndNothingCanBeImported() {
        var view = open();
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.problems.isVisible()).isFalse();

        test(view.upload).upload("居民.csv", "text/csv", csv(HEADER,
                "公孙一视,男,1950,,文峰小区,1栋,,,,",
                "公孙二视,女,1951,,不存在小区,1栋,,,,",
                "公孙三视,女,1952,,文峰小区,1栋,,,,"));

        assertThat(view.uploadedFile.getText()).isEqualTo("文件：居民.csv");
        assertThat(view.summary.getText()).startsWith("共 3 行，其中 1 行有问题");
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(test(view.problems).size()).isEqualTo(1);
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(view.problems).getCellText(0, 1)).isEqualTo("本社区没有名为“不存在小区”的小区");
        assertThat(view.rows.isVisible()).isFalse();
        assertThat(test(view.importButton).isUsable()).isFalse();
        assertThat(residents.search(wenfeng(), "公孙", 10)).isEmpty();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aCleanFileEnablesTheImportWhichRegistersEveryoneAndLinksToTheResidentsList() {
        var view = open();

        test(view.upload).upload("居民.csv", "text/csv", csv(HEADER,
                "宇文一视,男,1950,,文峰小区,2栋,1单元,202,党员,",
                "宇文二视,女,1953,13900007001,文峰小区,2栋,1单元,202,,"));

        assertThat(view.summary.getText()).isEqualTo("检查通过：2 行均可导入");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(test(view.rows).size()).isEqualTo(2);
        assertThat(test(view.rows).getCellText(0, 1)).isEqualTo("宇文一视");
        assertThat(test(view.importButton).isUsable()).isTrue();
        assertThat(view.importButton.getText()).isEqualTo("导入 2 位居民");

        test(view.importButton).click();

        assertThat(view.done.isVisible()).isTrue();
        assertThat(view.done.getElement().getTextRecursively()).contains("已成功导入 2 位居民");
        assertThat(view.done.getElement().getChildren()
                .anyMatch(e -> "residents".equals(e.getAttribute("href")))).isTrue();
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(residents.search(wenfeng(), "ywys", 10)).extracting(ResidentListEntry::name)
                .containsExactly("宇文一视");
        assertThat(residents.search(wenfeng(), "宇文二视", 10).getFirst().address()).isEqualTo("文峰小区 2栋 1单元 202");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aFileWithWrongHeadersShowsOneClearProblem() {
        var view = open();

        test(view.upload).upload("名单.csv", "text/csv", csv("名字,住址", "张三,某处"));

        assertThat(view.fileProblem.isVisible()).isTrue();
        assertThat(view.fileProblem.getText()).startsWith("表头不正确，缺少以下列：小区、楼栋。");
        assertThat(view.problems.isVisible()).isFalse();
        assertThat(test(view.importButton).isUsable()).isFalse();
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void theTemplateLinkDownloadsTheXlsxTemplateWithChineseHeaders() throws IOException {
        var view = open();
        var out = new ByteArrayOutputStream();

        test(view.templateLink).download(out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(9).getStringCellValue()).isEqualTo("备注");
        }
    }

    private ResidentImportView open() {
        navigate(ResidentImportView.class);
        // The router holds Spring's method-security proxy of the view; the component tree the real view.
        return $(ResidentImportView.class).single();
    }

    private long wenfeng() {
        return communities.wenfeng();
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
