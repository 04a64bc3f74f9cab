package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The register's commands check their own input, whatever a form has checked before: a name missing or
 * too long, an address, unit or room too long is refused at the field it names, with the message the
 * form shows, and nothing is created or changed.
 */
@ServiceTest
class RegisterServiceTest {

    @Autowired
    RegisterService register;
    @Autowired
    CommunityService communityService;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aCompoundWithoutANameWithATooLongNameOrATooLongAddressIsRefusedAtItsFieldAndNotCreated() {
        long wenfeng = communityData.community("文峰塔社区");
        long before = count("compound");

        assertRefused(() -> register.createCompound(wenfeng, new CompoundDraft("  ", null, Set.of())),
                "name", "compound.name.invalid", CompoundDraft.NAME_MAX);
        assertRefused(() -> register.createCompound(wenfeng,
                new CompoundDraft("长".repeat(CompoundDraft.NAME_MAX + 1), null, Set.of())),
                "name", "compound.name.invalid", CompoundDraft.NAME_MAX);
        assertRefused(() -> register.createCompound(wenfeng,
                new CompoundDraft(unique("长址小区"), "路".repeat(CompoundDraft.ADDRESS_MAX + 1), Set.of())),
                "address", "validation.tooLong", CompoundDraft.ADDRESS_MAX);

        assertThat(count("compound")).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aNameOfExactlyTheLimitIsTakenStrippedAndABlankAddressIsNone() {
        long wenfeng = communityData.community("文峰塔社区");
        String name = padded(unique("满"), CompoundDraft.NAME_MAX);

        long id = register.createCompound(wenfeng, new CompoundDraft("  " + name + " ", "   ",
                Set.of(Coverage.RED_STATION)));

        CompoundEntry created = compound(wenfeng, id);
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.address()).isNull();
        assertThat(created.coverage()).containsExactly(Coverage.RED_STATION);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void anUpdateWithABadNameOrAddressChangesNothing() {
        long wenfeng = communityData.community("文峰塔社区");
        long id = register.createCompound(wenfeng, new CompoundDraft(unique("改不了小区"), "文峰路 1 号",
                Set.of(Coverage.PARTY_ORGANISATION)));
        CompoundEntry before = compound(wenfeng, id);

        assertRefused(() -> register.updateCompound(id, new CompoundDraft("", "文峰路 2 号", Set.of())),
                "name", "compound.name.invalid", CompoundDraft.NAME_MAX);
        assertRefused(() -> register.updateCompound(id,
                new CompoundDraft("新名字", "路".repeat(CompoundDraft.ADDRESS_MAX + 1), Set.of())),
                "address", "validation.tooLong", CompoundDraft.ADDRESS_MAX);

        assertThat(compound(wenfeng, id)).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aBuildingWithoutANameOrWithATooLongOneIsRefusedAndNeitherCreatedNorRenamed() {
        long wenfeng = communityData.community("文峰塔社区");
        long compound = register.createCompound(wenfeng, new CompoundDraft(unique("楼栋小区"), null, Set.of()));
        long building = register.createBuilding(compound, "1栋");

        assertRefused(() -> register.createBuilding(compound, " "),
                "name", "building.name.invalid", BuildingEntry.NAME_MAX);
        assertRefused(() -> register.createBuilding(compound, "栋".repeat(BuildingEntry.NAME_MAX + 1)),
                "name", "building.name.invalid", BuildingEntry.NAME_MAX);
        assertRefused(() -> register.renameBuilding(building, "栋".repeat(BuildingEntry.NAME_MAX + 1)),
                "name", "building.name.invalid", BuildingEntry.NAME_MAX);

        assertThat(register.buildings(compound)).extracting(BuildingEntry::name).containsExactly("1栋");
    }

    @Test
    @WithUserDetails(DemoUsers.WENFENG_ADMIN)
    void aTooLongUnitOrRoomIsRefusedAtItsFieldAndNoHouseholdIsCreated() {
        long wenfeng = communityData.community("文峰塔社区");
        long compound = register.createCompound(wenfeng, new CompoundDraft(unique("住户小区"), null, Set.of()));
        long building = register.createBuilding(compound, "1栋");

        assertRefused(() -> register.household(building, "单".repeat(HouseholdEntry.UNIT_MAX + 1), "101"),
                "unit", "validation.tooLong", HouseholdEntry.UNIT_MAX);
        assertRefused(() -> register.household(building, "1单元", "1".repeat(HouseholdEntry.ROOM_MAX + 1)),
                "room", "validation.tooLong", HouseholdEntry.ROOM_MAX);

        assertThat(register.households(building)).isEmpty();
        assertThat(register.household(building, " 1单元 ", "")).satisfies(household -> {
            assertThat(household.unit()).isEqualTo("1单元");
            assertThat(household.room()).isEmpty();
        });
    }

    @Test
    @WithUserDetails(DemoUsers.SUBDISTRICT_ADMIN)
    void aCommunityWithoutANameOrWithATooLongOneIsRefusedAndNotCreated() {
        long before = count("community");

        assertRefused(() -> communityService.createCommunity("   "),
                "name", "community.name.invalid", CommunityEntry.NAME_MAX);
        assertRefused(() -> communityService.createCommunity("社".repeat(CommunityEntry.NAME_MAX + 1)),
                "name", "community.name.invalid", CommunityEntry.NAME_MAX);

        assertThat(count("community")).isEqualTo(before);
    }

    static void assertRefused(Executable command, String field, String key, Object... arguments) {
        assertThatThrownBy(command::execute).isInstanceOfSatisfying(RegisterRefusedException.class,
                refusal -> assertRefusal(refusal, field, key, arguments));
    }

    static void assertRefusal(RefusedException refusal, String field, String key, Object... arguments) {
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.messageKey()).isEqualTo(key);
        assertThat(refusal.arguments()).containsExactly(arguments);
    }

    private CompoundEntry compound(long communityId, long id) {
        return register.compounds(communityId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000_000L;
    }

    private static String padded(String text, int length) {
        return text + "长".repeat(length - text.length());
    }
}
