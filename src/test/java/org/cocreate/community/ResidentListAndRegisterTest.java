package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** What the residents screen relies on: a list without a compound filter, a resident without a phone. */
@ServiceTest
class ResidentListAndRegisterTest {

    @Autowired
    ResidentService residents;
    @Autowired
    RegisterService register;
    @Autowired
    CommunityRepository communities;
    @Autowired
    ResidentRepository residentRepository;

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void theListWithoutACompoundFilterHoldsTheWholeCommunity() {
        long daimoge = communities.findByName("带谟阁社区").orElseThrow().id();

        long all = residents.count(daimoge, null, "");

        assertThat(all).isEqualTo(residentRepository.countByCommunityId(daimoge)).isPositive();
        assertThat(residents.list(daimoge, null, "", 0, 1000)).hasSize((int) all);
        long oneCompound = register.compounds(daimoge).getFirst().id();
        assertThat(residents.count(daimoge, oneCompound, "")).isLessThan(all);
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aResidentWithoutAPhoneIsRegisteredOnceAndRefusedTheSecondTimeInTheSameHousehold() {
        long daimoge = communities.findByName("带谟阁社区").orElseThrow().id();
        long building = register.buildings(register.compounds(daimoge).getFirst().id()).getFirst().id();
        HouseholdEntry household = register.household(building, "1单元", "101");
        var draft = ResidentDraft.of("无电话老人" + System.nanoTime() % 100000, household.id());

        long id = residents.register(daimoge, draft);

        assertThat(residents.get(id).phone()).isEmpty();
        long before = residents.count(daimoge, null, "");
        assertThatThrownBy(() -> residents.register(daimoge, draft))
                .isInstanceOfSatisfying(RegisterRefusedException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("name"));
        assertThat(residents.count(daimoge, null, "")).isEqualTo(before);
    }
}
