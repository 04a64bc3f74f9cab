package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceTest
@WithUserDetails(DemoUsers.WENFENG_ADMIN)
class ResidentImportServiceTest {

    static final String HEADER = "姓名,性别,出生年份,手机号,小区,楼栋,单元,房号,标签,备注";

    @Autowired
    ResidentImportService imports;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    ResidentService residents;
    @Autowired
    CommunityRepository communities;
    @Autowired
    JdbcClient auditJdbc;

    private static byte[] utf8(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8WithBom(String... lines) {
        byte[] text = utf8(lines);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    private ImportPreview preview(long communityId, String fileName, byte[] bytes) {
        return imports.preview(communityId, fileName, new ByteArrayInputStream(bytes));
    }

    private int importFile(long communityId, String fileName, byte[] bytes) {
        return imports.importResidents(communityId, fileName, new ByteArrayInputStream(bytes));
    }

    private List<String> found(long communityId, String query) {
        return residents.search(communityId, query, 50).stream().map(ResidentListEntry::name).toList();
    }

    private static Map<Integer, List<String>> reasonsByRow(ImportPreview preview) {
        Map<Integer, List<String>> byRow = new LinkedHashMap<>();
        preview.problems().forEach(p -> byRow.put(p.row(), p.reasonKeys()));
        return byRow;
    }

    @Test
    void aCleanCsvImportsEveryRowAndTheResidentsAreFoundByPinyin() {
        long wenfeng = communityData.community("文峰塔社区");
        long auditLines = auditLines("RESIDENTS_IMPORTED");
        byte[] file = utf8WithBom(HEADER,
                "欧阳明导,男,1950,139 0000 1001,文峰小区,1栋,1单元,101,党员、老年人,",
                "欧阳丽导,女,1985,,文峰小区,1栋,1单元,101,志愿者,新搬来",
                "司马安导,,,,塔湾小区,2,,,,");

        ImportPreview preview = preview(wenfeng, "居民.csv", file);
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.isClean()).isTrue();
        assertThat(preview.rows()).extracting(ImportRow::row).containsExactly(2, 3, 4);
        assertThat(preview.rows().get(2).building()).isEqualTo("2栋");

        assertThat(importFile(wenfeng, "居民.csv", file)).isEqualTo(3);

        assertThat(found(wenfeng, "oymd")).containsExactly("欧阳明导");
        assertThat(found(wenfeng, "ouyangli")).containsExactly("欧阳丽导");
        assertThat(found(wenfeng, "smad")).containsExactly("司马安导");
        ResidentListEntry ming = residents.search(wenfeng, "欧阳明导", 5).getFirst();
        assertThat(ming.phone()).isEqualTo("13900001001");
        assertThat(ming.birthYear()).isEqualTo(1950);
        assertThat(ming.gender()).isEqualTo(Gender.MALE);
        assertThat(ming.tags()).containsExactlyInAnyOrder(ResidentTag.PARTY_MEMBER, ResidentTag.ELDERLY);
        assertThat(ming.address()).isEqualTo("文峰小区 1栋 1单元 101");
        ResidentListEntry li = residents.search(wenfeng, "欧阳丽导", 5).getFirst();
        assertThat(li.household().id()).isEqualTo(ming.household().id());
        assertThat(residents.search(wenfeng, "司马安导", 5).getFirst().address()).isEqualTo("塔湾小区 2栋");
        assertThat(residents.findByCard(residents.card(ming.id()).cardCode())).map(ResidentListEntry::id)
                .contains(ming.id());
        assertThat(auditLines("RESIDENTS_IMPORTED")).isEqualTo(auditLines + 1);
    }

    @Test
    void everyBadRowIsReportedWithItsExcelRowNumberAndItsReasons() {
        long wenfeng = communityData.community("文峰塔社区");
        // Search keys hold the phone ("1..." finds people with a phone) and the card code ("cc..." finds all).
        ResidentListEntry withPhone = residents.search(wenfeng, "1", 50).stream()
                .filter(r -> !r.phone().isEmpty()).findFirst().orElseThrow();
        ResidentListEntry someone = residents.search(wenfeng, "cc", 50).getLast();
        HouseholdEntry home = someone.household();
        byte[] file = utf8(HEADER,
                ",男,1950,,文峰小区,1栋,,,,",                                        // 2
                "诸".repeat(51) + ",,,,文峰小区,1栋,,,,",                            // 3
                "诸葛一号,男,1950,,不存在小区,1栋,,,,",                               // 4
                "诸葛二号,,,,文峰小区,99栋,,,,",                                      // 5
                "诸葛三号,,,12345,文峰小区,1栋,,,,",                                  // 6
                "诸葛四号,未知,,,文峰小区,1栋,,,,",                                   // 7
                "诸葛五号,,1850,,文峰小区,1栋,,,,",                                   // 8
                "诸葛六号,,,,文峰小区,1栋,,,党员、外星人,",                            // 9
                ",,,,,,,,,",                                                          // 10: blank, skipped
                "诸葛七号,,,13900002001,文峰小区,1栋,,,,",                             // 11: fine
                "诸葛七号,,,13900002001,塔湾小区,1栋,,,,",                             // 12: same as 11
                withPhone.name() + ",,," + withPhone.phone() + ",文峰小区,1栋,,,,",      // 13: registered
                someone.name() + ",,,," + home.compoundName() + "," + home.buildingName() + "," + home.unit()
                        + "," + home.room() + ",,",                                   // 14: registered
                ",未知,1850,abc,,,,,,",                                                // 15: everything wrong
                "诸葛八号,,,,文峰小区,1栋,1单元,101,,",                                 // 16: fine
                "诸葛八号,女,,,文峰小区,1栋,1单元,101,,");                               // 17: same as 16

        ImportPreview preview = preview(wenfeng, "bad.csv", file);

        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.isClean()).isFalse();
        assertThat(preview.totalRows()).isEqualTo(15);
        assertThat(preview.rows()).extracting(ImportRow::row).containsExactly(11, 16);
        Map<Integer, List<String>> reasons = reasonsByRow(preview);
        assertThat(reasons).containsOnlyKeys(2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 17);
        assertThat(reasons.get(2)).containsExactly("import.row.nameMissing");
        assertThat(reasons.get(3)).containsExactly("import.row.tooLong");
        assertThat(reasons.get(4)).containsExactly("import.row.unknownCompound");
        assertThat(reasons.get(5)).containsExactly("import.row.unknownBuilding");
        assertThat(reasons.get(6)).containsExactly("import.row.badPhone");
        assertThat(reasons.get(7)).containsExactly("import.row.badGender");
        assertThat(reasons.get(8)).containsExactly("import.row.badBirthYear");
        assertThat(reasons.get(9)).containsExactly("import.row.unknownTag");
        assertThat(reasons.get(12)).containsExactly("import.row.duplicateInFile");
        assertThat(reasons.get(13)).containsExactly("import.row.duplicateExisting");
        assertThat(reasons.get(14)).containsExactly("import.row.duplicateExisting");
        assertThat(reasons.get(15)).containsExactlyInAnyOrder("import.row.nameMissing", "import.row.badGender",
                "import.row.badBirthYear", "import.row.badPhone", "import.row.compoundMissing",
                "import.row.buildingMissing");
        assertThat(reasons.get(17)).containsExactly("import.row.duplicateInFile");

        ImportProblem unknownBuilding = preview.problems().stream().filter(p -> p.row() == 5).findFirst().orElseThrow();
        assertThat(unknownBuilding.reasons().getFirst().arguments()).containsExactly("99栋", "文峰小区");
        ImportProblem unknownTag = preview.problems().stream().filter(p -> p.row() == 9).findFirst().orElseThrow();
        assertThat(unknownTag.reasons().getFirst().arguments()).containsExactly("外星人");
        ImportProblem sameAs = preview.problems().stream().filter(p -> p.row() == 12).findFirst().orElseThrow();
        assertThat(sameAs.reasons().getFirst().arguments()).containsExactly("11");
    }

    @Test
    void aFileWithOneBadRowImportsNothing() {
        long wenfeng = communityData.community("文峰塔社区");
        long auditLines = auditLines("RESIDENTS_IMPORTED");
        byte[] file = utf8(HEADER,
                "皇甫一导,男,1960,,文峰小区,1栋,,,,",
                "皇甫二导,女,1961,,文峰小区,2栋,,,,",
                "皇甫三导,女,1962,,文峰小区,3栋,,,火星人,",
                "皇甫四导,男,1963,,文峰小区,1栋,,,,");

        assertThatThrownBy(() -> importFile(wenfeng, "one-bad.csv", file))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("import.refused.rows");
                    assertThat(refused.preview().problems()).extracting(ImportProblem::row).containsExactly(4);
                });

        assertThat(found(wenfeng, "皇甫")).isEmpty();
        assertThat(auditLines("RESIDENTS_IMPORTED")).isEqualTo(auditLines);
    }

    @Test
    void aCsvSavedByChineseExcelInGbkIsRead() {
        long wenfeng = communityData.community("文峰塔社区");
        byte[] file = String.join("\r\n", HEADER,
                "上官婉导,女,1972,13900004001,烈山小区,1栋,2单元,502,低收入、残疾人,行动不便",
                "上官清导,男,2012,,烈山小区,1栋,2单元,502,儿童,")
                .getBytes(Charset.forName("GBK"));

        ImportPreview preview = preview(wenfeng, "gbk.csv", file);
        assertThat(preview.isClean()).isTrue();
        assertThat(preview.rows()).extracting(ImportRow::name).containsExactly("上官婉导", "上官清导");
        assertThat(preview.rows().getFirst().notes()).isEqualTo("行动不便");

        assertThat(importFile(wenfeng, "gbk.csv", file)).isEqualTo(2);
        assertThat(found(wenfeng, "sgwd")).containsExactly("上官婉导");
        assertThat(residents.search(wenfeng, "上官婉导", 5).getFirst().tags())
                .containsExactlyInAnyOrder(ResidentTag.LOW_INCOME, ResidentTag.DISABLED);
    }

    @Test
    void theTemplateRoundTripsAsXlsxAndItsExampleRowsCannotBeImported() throws IOException {
        long wenfeng = communityData.community("文峰塔社区");
        byte[] template = imports.template();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("姓名", "性别", "出生年份", "手机号", "小区", "楼栋", "单元", "房号",
                    "标签", "备注");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(8).getStringCellValue()).isEqualTo("党员、老年人");
        }
        ImportPreview untouched = preview(wenfeng, "模板.xlsx", template);
        assertThat(untouched.fileProblem()).isNull();
        assertThat(untouched.problems()).extracting(ImportProblem::row).containsExactly(2, 3);
        assertThat(untouched.problems()).allSatisfy(
                p -> assertThat(p.reasonKeys()).containsExactly("import.row.unknownCompound"));

        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.removeRow(sheet.getRow(1));
            sheet.removeRow(sheet.getRow(2));
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("东方甲导");
            first.createCell(1).setCellValue("男");
            first.createCell(2).setCellValue(1948);
            first.createCell(3).setCellValue(13900005001d); // typed as a number, as people do
            first.createCell(4).setCellValue("塔湾小区");
            first.createCell(5).setCellValue("3栋");
            first.createCell(6).setCellValue(1);
            first.createCell(7).setCellValue(301);
            first.createCell(8).setCellValue("老年人,党员");
            Row second = sheet.createRow(3); // an empty row 3 in between, as Excel keeps it
            second.createCell(0).setCellValue("东方乙导");
            second.createCell(4).setCellValue("塔湾小区");
            second.createCell(5).setCellValue("3栋");
            workbook.write(out);
            filled = out.toByteArray();
        }

        ImportPreview preview = preview(wenfeng, "filled.xlsx", filled);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::row).containsExactly(2, 4);
        assertThat(preview.rows().getFirst().phone()).isEqualTo("13900005001");
        assertThat(preview.rows().getFirst().birthYear()).isEqualTo(1948);
        assertThat(preview.rows().getFirst().address()).isEqualTo("塔湾小区 3栋 1 301");

        assertThat(importFile(wenfeng, "filled.xlsx", filled)).isEqualTo(2);
        assertThat(found(wenfeng, "dfjd")).containsExactly("东方甲导");
        assertThat(found(wenfeng, "dongfangyi")).containsExactly("东方乙导");
    }

    @Test
    void englishHeadersAndTagNamesAreAccepted() {
        long wenfeng = communityData.community("文峰塔社区");
        byte[] file = utf8("Name,Gender,Birth year,Phone,Compound,Building,Unit,Room,Tags,Notes",
                "令狐冲导,Male,1980,13900006001,文峰小区,1栋,1单元,102,\"Volunteer, Party member\",");

        ImportPreview preview = preview(wenfeng, "english.csv", file);

        assertThat(preview.isClean()).isTrue();
        assertThat(preview.rows().getFirst().gender()).isEqualTo(Gender.MALE);
        assertThat(preview.rows().getFirst().tags())
                .containsExactlyInAnyOrder(ResidentTag.VOLUNTEER, ResidentTag.PARTY_MEMBER);
    }

    @Test
    void aTitleRowAboveTheHeaderIsSkippedAndRowsKeepTheirExcelNumbers() {
        long wenfeng = communityData.community("文峰塔社区");
        byte[] file = utf8("文峰塔社区居民花名册,,,,,,,,,", HEADER,
                "呼延一导,男,1950,,文峰小区,1栋,,,,",
                "呼延二导,女,1951,,无此小区,1栋,,,,");

        ImportPreview preview = preview(wenfeng, "花名册.csv", file);

        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.totalRows()).isEqualTo(2);
        assertThat(preview.rows()).extracting(ImportRow::row).containsExactly(3);
        assertThat(preview.problems()).extracting(ImportProblem::row).containsExactly(4);
    }

    @Test
    void aFileThatCannotBeReadGivesOneFileProblem() {
        long wenfeng = communityData.community("文峰塔社区");

        ImportPreview wrongHeaders = preview(wenfeng, "x.csv", utf8("名字,地址", "张三,某处"));
        assertThat(wrongHeaders.fileProblem()).isNotNull();
        assertThat(wrongHeaders.fileProblem().key()).isEqualTo("import.file.missingColumns");
        assertThat(wrongHeaders.fileProblem().arguments())
                .containsExactly(List.of(ImportColumn.COMPOUND, ImportColumn.BUILDING));
        assertThat(wrongHeaders.isClean()).isFalse();

        assertThat(preview(wenfeng, "x.xlsx", "not a spreadsheet".getBytes(StandardCharsets.UTF_8))
                .fileProblem().key()).isEqualTo("import.file.unreadable");
        assertThat(preview(wenfeng, "x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}).fileProblem().key())
                .isEqualTo("import.file.unreadable");
        assertThat(preview(wenfeng, "old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})
                .fileProblem().key()).isEqualTo("import.file.xls");
        assertThat(preview(wenfeng, "photo.jpg", new byte[] {1, 2, 3}).fileProblem().key())
                .isEqualTo("import.file.unsupported");
        assertThat(preview(wenfeng, "empty.csv", utf8(HEADER)).fileProblem().key()).isEqualTo("import.file.empty");
        assertThat(preview(wenfeng, "dup.csv", utf8("姓名,小区,楼栋,Name", "a,b,c,d")).fileProblem().key())
                .isEqualTo("import.file.duplicateColumn");

        String[] tooMany = new String[ResidentImportService.MAX_ROWS + 2];
        tooMany[0] = HEADER;
        Arrays.fill(tooMany, 1, tooMany.length, "某某,,,,文峰小区,1栋,,,,");
        assertThat(preview(wenfeng, "many.csv", utf8(tooMany)).fileProblem().key())
                .isEqualTo("import.file.tooManyRows");

        byte[] huge = new byte[ResidentImportService.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertThat(preview(wenfeng, "huge.csv", huge).fileProblem().key()).isEqualTo("import.file.tooLarge");

        assertThatThrownBy(() -> importFile(wenfeng, "x.csv", utf8("名字,地址", "张三,某处")))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("import.refused.file"));
    }

    @Test
    void exactlyTheRowLimitIsAccepted() {
        long wenfeng = communityData.community("文峰塔社区");
        String[] lines = new String[ResidentImportService.MAX_ROWS + 1];
        lines[0] = HEADER;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "限额" + i + ",,,,文峰小区,1栋,,,,";
        }
        ImportPreview preview = preview(wenfeng, "limit.csv", utf8(lines));
        assertThat(preview.fileProblem()).isNull();
        assertThat(preview.totalRows()).isEqualTo(ResidentImportService.MAX_ROWS);
    }

    @Test
    void reissuingACardMakesTheOldCodeUnknown() {
        long wenfeng = communityData.community("文峰塔社区");
        importFile(wenfeng, "card.csv", utf8(HEADER, "慕容卡导,女,1940,,烈山小区,2栋,1单元,201,老年人,"));
        long residentId = residents.search(wenfeng, "慕容卡导", 5).getFirst().id();
        String oldCode = residents.card(residentId).cardCode();
        assertThat(residents.findByCard(oldCode)).isPresent();

        ResidentCard newCard = residents.reissueCard(residentId);

        assertThat(newCard.cardCode()).isNotEqualTo(oldCode);
        assertThat(residents.findByCard(oldCode)).isEmpty();
        assertThat(residents.findByCard(newCard.cardCode())).map(ResidentListEntry::id).contains(residentId);
        assertThat(found(wenfeng, oldCode.toLowerCase())).isEmpty();
    }

    @Test
    void anAdminCannotImportIntoAnotherCommunity() {
        long daimoge = communityData.community("带谟阁社区");
        byte[] file = utf8(HEADER, "越界一导,,,,百货小区,1栋,,,,");

        assertThatThrownBy(() -> preview(daimoge, "x.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importFile(daimoge, "x.csv", file)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_WORKER)
    void aWorkerMayNeitherImportNorDownloadTheTemplate() {
        long wenfeng = communityData.community("文峰塔社区");
        byte[] file = utf8(HEADER, "越权一导,,,,文峰小区,1栋,,,,");

        assertThatThrownBy(() -> imports.template()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> preview(wenfeng, "x.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importFile(wenfeng, "x.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThat(found(wenfeng, "越权一导")).isEmpty();
    }

    /** Lines of the audit trail with the action, counted in the table (reading the trail is for admins). */
    private long auditLines(String action) {
        return auditJdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class)
                .single();
    }
}
