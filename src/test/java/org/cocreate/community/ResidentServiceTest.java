package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocreate.community.CommunityTestData;
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
}
