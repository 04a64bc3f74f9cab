package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.Area;
import org.cocreate.community.FreshCommunities.FreshCommunity;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The property register import (房产清册): a clean file gives units with exact areas, one owner for one buyer of
 * several units, the developer's units; every bad row is refused with its reason and nothing is written; the same
 * file imported twice changes nothing the second time; only the community's staff import.
 */
@ServiceTest
class PropertyImportServiceTest {

    static final String HEADER = "小区,楼栋,单元,房号,专有面积(㎡),业主姓名,业主电话,开发商未售";

    @Autowired
    PropertyImportService imports;
    @Autowired
    PropertyService properties;
    @Autowired
    RegisterService register;
    @Autowired
    FreshCommunities communities;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    private <T> T asAdmin(Supplier<T> action) {
        return new RunAs(userDetails).get(DemoUsers.SUBDISTRICT_ADMIN, action);
    }

    private static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private PropertyImportPreview preview(long communityId, byte[] file) {
        return asAdmin(() -> imports.preview(communityId, "房产清册.csv", new ByteArrayInputStream(file)));
    }

    private PropertyImported importUnits(long communityId, byte[] file) {
        return asAdmin(() -> imports.importUnits(communityId, "房产清册.csv", new ByteArrayInputStream(file)));
    }

    /** Units, owners, links between them and households of the community: what an import may write. */
    private List<Long> written(long communityId) {
        return List.of(
                count("select count(*) from property_unit where community_id = ?", communityId),
                count("select count(*) from property_owner where community_id = ?", communityId),
                count("select count(*) from property_unit_owner l join property_unit u on u.id = l.unit_id"
                        + " where u.community_id = ?", communityId),
                count("select count(*) from household h join building b on b.id = h.building_id join compound c"
                        + " on c.id = b.compound_id where c.community_id = ?", communityId),
                count("select coalesce(sum(area_m2), 0) * 100 from property_unit where community_id = ?",
                        communityId));
    }

    private long count(String sql, long communityId) {
        return jdbc.sql(sql).param(communityId).query(Number.class).single().longValue();
    }

    private long auditLines(long communityId) {
        return count("select count(*) from audit_event where action = 'PROPERTY_IMPORTED' and community_id = ?",
                communityId);
    }

    @Test
    void aCleanFileGivesUnitsWithExactAreasOneOwnerPerBuyerAndTheDevelopersUnits() {
        FreshCommunity community = communities.create("房产导入社区", "住户", 1);
        long communityId = community.communityId();
        asAdmin(() -> register.createBuilding(community.compoundId(), "2栋"));
        String resident = jdbc.sql("select name from resident where id = ?").param(community.residentIds().getFirst())
                .query(String.class).single();
        byte[] file = csv(HEADER,
                "测试小区,1栋,1单元,101,89.56," + resident + ",,否",
                "测试小区,1栋,1单元,101,89.56,王业主,138 0000 2222,",
                "测试小区,1栋,1单元,102,120.07,王业主,13800002222,否",
                "测试小区,1栋,2单元,201,60,,,是",
                "测试,2,1单元,301,75.5,李业主,13900003333,");

        PropertyImportPreview preview = preview(communityId, file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.isClean()).isTrue();
        assertThat(preview.rows()).hasSize(5);
        assertThat(preview.units()).isEqualTo(4);
        assertThat(preview.rows().get(1).maskedPhone()).isEqualTo("138****2222");
        assertThat(written(communityId).getFirst()).as("a preview writes nothing").isZero();
        long audit = auditLines(communityId);

        PropertyImported imported = importUnits(communityId, file);

        assertThat(imported).isEqualTo(new PropertyImported(5, 4, 4, 0, 4));
        assertThat(auditLines(communityId)).isEqualTo(audit + 1);
        List<UnitEntry> units = asAdmin(() -> properties.units(community.compoundId()));
        assertThat(units).extracting(UnitEntry::address).containsExactly("测试小区 1栋 1单元 101",
                "测试小区 1栋 1单元 102", "测试小区 1栋 2单元 201", "测试小区 2栋 1单元 301");
        assertThat(units).extracting(unit -> unit.area().squareMetres()).containsExactly(new BigDecimal("89.56"),
                new BigDecimal("120.07"), new BigDecimal("60.00"), new BigDecimal("75.50"));
        UnitEntry shared = units.getFirst();
        assertThat(shared.owners()).hasSize(2);
        assertThat(shared.owners()).filteredOn(OwnerEntry::livesHere).singleElement()
                .satisfies(owner -> assertThat(owner.residentId()).isEqualTo(community.residentIds().getFirst()));
        OwnerEntry buyer = shared.owners().stream().filter(owner -> !owner.livesHere()).findFirst().orElseThrow();
        assertThat(units.get(1).owners()).extracting(OwnerEntry::id).as("one buyer of two units: one owner")
                .containsExactly(buyer.id());
        assertThat(units.get(2).developerHeld()).isTrue();
        assertThat(units.get(2).owners()).isEmpty();
        assertThat(units.stream().filter(unit -> !unit.developerHeld()).count()).isEqualTo(3);
        UnitTotals totals = asAdmin(() -> properties.totals(community.compoundId()));
        assertThat(totals).isEqualTo(new UnitTotals(4, Area.of("345.13"), 4));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        FreshCommunity community = communities.create("房产导入社区", "住户", 0);
        long communityId = community.communityId();
        byte[] file = csv(HEADER,
                "测试小区,1栋,1单元,101,89.56,王业主,13800002222,",
                "测试小区,1栋,1单元,101,89.56,陈业主,13800003333,",
                "测试小区,1栋,1单元,102,70,王业主,13800002222,",
                "测试小区,1栋,1单元,103,70,,,是");
        importUnits(communityId, file);
        List<Long> once = written(communityId);
        assertThat(once).containsExactly(3L, 2L, 3L, 3L, 22956L);

        PropertyImported again = importUnits(communityId, file);

        assertThat(again).isEqualTo(new PropertyImported(4, 3, 0, 0, 0));
        assertThat(written(communityId)).isEqualTo(once);
    }

    @Test
    void everyBadRowIsRefusedWithItsReasonAndNothingIsWritten() {
        FreshCommunity community = communities.create("房产导入社区", "住户", 0);
        long communityId = community.communityId();
        FreshCommunity other = communities.create("别的社区", "住户", 0);
        String othersCompound = "别人小区" + other.communityId();
        asAdmin(() -> register.createCompound(other.communityId(), new CompoundDraft(othersCompound, null, Set.of())));
        byte[] file = csv(HEADER,
                "测试小区,1栋,1单元,101,80,王业主,13800002222,",
                "测试小区,1栋,1单元,102,,,,",
                "测试小区,1栋,1单元,103,abc,,,",
                "测试小区,1栋,1单元,104,-5,,,",
                "测试小区,1栋,1单元,105,0,,,",
                "测试小区,1栋,1单元,106,10000,,,",
                "不存在小区,1栋,1单元,107,80,,,",
                othersCompound + ",1栋,1单元,108,80,,,",
                "测试小区,1栋,1单元,109,80,,13800001111,",
                "测试小区,1栋,1单元,110,80,赵业主,,",
                ",,,,80,赵业主,13800001111,",
                "测试小区,1栋,1单元,111,80,赵业主,12345,",
                "测试小区,1栋,1单元,101,81,陈业主,13800003333,",
                "测试小区,1栋,1单元,112,80,,,也许");
        List<Long> before = written(communityId);
        long audit = auditLines(communityId);

        PropertyImportPreview preview = preview(communityId, file);

        assertThat(preview.isClean()).isFalse();
        assertThat(preview.rows()).extracting(PropertyImportRow::row).containsExactly(2);
        assertThat(preview.problems()).extracting(ImportProblem::row)
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(preview.problems()).extracting(ImportProblem::reasonKeys).containsExactly(
                List.of("property.import.areaMissing"),
                List.of("property.import.areaInvalid"),
                List.of("property.import.areaInvalid"),
                List.of("property.import.areaInvalid"),
                List.of("property.import.areaInvalid"),
                List.of("import.row.unknownCompound"),
                List.of("import.row.unknownCompound"),
                List.of("property.import.ownerNameMissing"),
                List.of("property.import.ownerPhoneMissing"),
                List.of("property.import.ownerWithoutUnit"),
                List.of("import.row.badPhone"),
                List.of("property.import.areaConflict"),
                List.of("property.import.badDeveloperHeld"));
        assertThat(preview.problems().get(1).reasons().getFirst().arguments())
                .containsExactly("abc", UnitDraft.AREA_MAX);
        assertThat(preview.problems().get(11).reasons().getFirst().arguments()).containsExactly("2", "80.00");

        assertThatThrownBy(() -> importUnits(communityId, file)).isInstanceOf(PropertyImportRefusedException.class)
                .satisfies(e -> assertThat(((PropertyImportRefusedException) e).preview().badRows()).isEqualTo(13));
        assertThat(written(communityId)).isEqualTo(before);
        assertThat(auditLines(communityId)).isEqualTo(audit);
    }

    @Test
    void aFileWithoutTheAreaColumnIsOneProblemOfTheFile() {
        FreshCommunity community = communities.create("房产导入社区", "住户", 0);

        PropertyImportPreview preview = preview(community.communityId(), csv("小区,楼栋,房号", "测试小区,1栋,101"));

        assertThat(preview.fileProblem()).isNotNull();
        assertThat(preview.fileProblem().key()).isEqualTo("import.file.missingColumns");
        assertThat(preview.fileProblem().arguments()).containsExactly(List.of(PropertyImportColumn.AREA));
    }

    @Test
    void onlyTheCommunitysStaffImportAndAnotherCommunityIsRefused() {
        FreshCommunity community = communities.create("房产导入社区", "住户", 0);
        byte[] file = csv(HEADER, "测试小区,1栋,1单元,101,80,,,");
        var runAs = new RunAs(userDetails);

        assertThatThrownBy(() -> runAs.get(DemoUsers.COMMITTEE, () -> imports.preview(community.communityId(),
                "房产清册.csv", new ByteArrayInputStream(file)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.get(DemoUsers.WENFENG_ADMIN, () -> imports.importUnits(
                community.communityId(), "房产清册.csv", new ByteArrayInputStream(file))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.get(DemoUsers.COMMITTEE, imports::template))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(written(community.communityId()).getFirst()).isZero();
    }

    @Test
    void theTemplateHasTheChineseHeadersAndAnExampleRow() throws IOException {
        byte[] template = new RunAs(userDetails).get(DemoUsers.WENFENG_WORKER, imports::template);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("小区");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("专有面积(㎡)");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("开发商未售");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(89.5);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }
}
