package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceTest
class ResidentServiceTest {

    @Autowired
    ResidentService residents;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    CommunityRepository communities;
    @Autowired
    ResidentRepository residentRepository;

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void findsChenBinByNameInitialsFullPinyinAndPhoneTail() {
        long daimoge = communityData.community("带谟阁社区");
        assertThat(residents.search(daimoge, "陈斌", 20)).extracting(ResidentListEntry::name).contains("陈斌");
        assertThat(residents.search(daimoge, "cb", 20)).extracting(ResidentListEntry::name).contains("陈斌");
        assertThat(residents.search(daimoge, "ChenBin", 20)).extracting(ResidentListEntry::name).contains("陈斌");
        assertThat(residents.search(daimoge, "5678", 20)).extracting(ResidentListEntry::name).contains("陈斌");
    }

    @Test
    @WithUserDetails(DemoUsers.LONGMEN_WORKER)
    void aWorkerOfLongmenCanNeitherSearchNorReadNorChangeAResidentOfWenfengta() {
        long wenfengta = communityData.community("文峰塔社区");
        Resident someone = residentRepository.findAll().stream()
                .filter(r -> r.getCommunityId() == wenfengta).findFirst().orElseThrow();

        assertThatThrownBy(() -> residents.search(wenfengta, "a", 20)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residents.get(someone.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> residents.update(someone.id(), ResidentDraft.of("改名企图", 1L)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> residents.card(someone.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aResidentWithBadDataIsRefusedAtTheFieldItNamesAndNotRegistered() {
        long daimoge = communityData.community("带谟阁社区");
        long household = residents.list(daimoge, null, "", 0, 1).getFirst().household().id();
        long before = residentRepository.count();

        RegisterServiceTest.assertRefused(() -> residents.register(daimoge, ResidentDraft.of(" ", household)),
                "name", "resident.name.invalid", ResidentDraft.NAME_MAX);
        RegisterServiceTest.assertRefused(() -> residents.register(daimoge,
                ResidentDraft.of("名".repeat(ResidentDraft.NAME_MAX + 1), household)),
                "name", "resident.name.invalid", ResidentDraft.NAME_MAX);
        for (int year : new int[] {ResidentDraft.BIRTH_YEAR_MIN - 1, ResidentDraft.BIRTH_YEAR_MAX + 1}) {
            RegisterServiceTest.assertRefused(() -> residents.register(daimoge,
                    new ResidentDraft("年份不对", null, year, null, household, null, Set.of())),
                    "birthYear", "resident.birthYear.invalid", ResidentDraft.BIRTH_YEAR_MIN,
                    ResidentDraft.BIRTH_YEAR_MAX);
        }
        RegisterServiceTest.assertRefused(() -> residents.register(daimoge,
                new ResidentDraft("电话不对", null, null, "12345", household, null, Set.of())),
                "phone", "resident.phone.malformed");
        RegisterServiceTest.assertRefused(() -> residents.register(daimoge,
                new ResidentDraft("备注太长", null, null, null, household, "记".repeat(ResidentDraft.NOTES_MAX + 1),
                        Set.of())),
                "notes", "validation.tooLong", ResidentDraft.NOTES_MAX);
        RegisterServiceTest.assertRefused(() -> residents.register(daimoge,
                new ResidentDraft("没有住处", null, null, null, null, null, Set.of())),
                "householdId", "resident.household.required");

        assertThat(residentRepository.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void anUpdateWithABlankNameOrAnImpossibleYearChangesNothing() {
        long daimoge = communityData.community("带谟阁社区");
        ResidentListEntry someone = residents.list(daimoge, null, "", 0, 1).getFirst();
        ResidentDraft before = residents.edit(someone.id());

        RegisterServiceTest.assertRefused(() -> residents.update(someone.id(),
                new ResidentDraft("", before.gender(), 1960, before.phone(), before.householdId(), "改过",
                        before.tags())),
                "name", "resident.name.invalid", ResidentDraft.NAME_MAX);
        RegisterServiceTest.assertRefused(() -> residents.update(someone.id(),
                new ResidentDraft("改过的名字", before.gender(), 1800, before.phone(), before.householdId(),
                        before.notes(), before.tags())),
                "birthYear", "resident.birthYear.invalid", ResidentDraft.BIRTH_YEAR_MIN,
                ResidentDraft.BIRTH_YEAR_MAX);

        assertThat(residents.edit(someone.id())).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aResidentIsRegisteredWithTheNameStrippedAndBlankNotesAsNone() {
        long daimoge = communityData.community("带谟阁社区");
        long household = residents.list(daimoge, null, "", 0, 1).getFirst().household().id();
        String name = RegisterServiceTest.unique("空备注");

        long id = residents.register(daimoge,
                new ResidentDraft("  " + name + " ", null, ResidentDraft.BIRTH_YEAR_MIN, null, household, "  ",
                        Set.of()));

        ResidentDraft registered = residents.edit(id);
        assertThat(registered.name()).isEqualTo(name);
        assertThat(registered.birthYear()).isEqualTo(ResidentDraft.BIRTH_YEAR_MIN);
        assertThat(registered.notes()).isNull();
    }
}
