package org.cocreate.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.Area;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Units and owners in the register: the registered area (refused when missing, zero or too large), owners who
 * live here or elsewhere (with a valid phone), one buyer of several units being one owner, and the electorate an
 * owners' assembly counts (head keys, floors).
 */
@ServiceTest
class PropertyServiceTest {

    @Autowired
    PropertyService properties;
    @Autowired
    RegisterService register;
    @Autowired
    RegisterDirectory directory;
    @Autowired
    FreshCommunities communities;
    @Autowired
    UserDetailsService userDetails;

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        return new RunAs(userDetails).get(DemoUsers.SUBDISTRICT_ADMIN, action);
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class).satisfies(e -> {
            assertThat(((RefusedException) e).field()).isEqualTo(field);
            assertThat(((RefusedException) e).messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aUnitHasItsAreaAndOwnersAndOneBuyerOfSeveralUnitsIsOneOwner() {
        var community = communities.create("房产测试社区", "住户", 1);
        long building = asAdmin(() -> register.createBuilding(community.compoundId(), "3栋"));
        long first = asAdmin(() -> register.household(building, "1单元", "402")).id();
        long second = asAdmin(() -> register.household(building, "1单元", "1201")).id();
        long third = asAdmin(() -> register.household(building, "2单元", "东户")).id();

        refused(() -> asAdmin(() -> properties.setUnit(first, new UnitDraft(null, false))), "area",
                "property.area.invalid");
        refused(() -> asAdmin(() -> properties.setUnit(first, new UnitDraft(Area.ZERO, false))), "area",
                "property.area.invalid");
        refused(() -> asAdmin(() -> properties.setUnit(first, new UnitDraft(Area.of("10000"), false))), "area",
                "property.area.invalid");
        assertThat(asAdmin(() -> properties.units(community.compoundId()))).isEmpty();

        UnitEntry a = asAdmin(() -> properties.setUnit(first, new UnitDraft(Area.of("89.555"), false)));
        assertThat(a.area()).as("two decimals, half up").isEqualTo(Area.of("89.56"));
        assertThat(a.floor()).isEqualTo("4");
        UnitEntry b = asAdmin(() -> properties.setUnit(second, new UnitDraft(Area.of("120.07"), false)));
        assertThat(b.floor()).isEqualTo("12");
        UnitEntry dev = asAdmin(() -> properties.setUnit(third, new UnitDraft(Area.of("60"), true)));
        assertThat(dev.floor()).isEmpty();

        refused(() -> asAdmin(() -> properties.addOwner(a.id(), new OwnerDraft(null, "王业主", null))), "phone",
                "property.owner.phone.invalid");
        refused(() -> asAdmin(() -> properties.addOwner(a.id(), new OwnerDraft(null, " ", "13800001111"))), "name",
                "property.owner.name.invalid");
        long otherCommunitysResident = communities.create("房产测试社区", "别人", 1).residentIds().getFirst();
        refused(() -> asAdmin(() -> properties.addOwner(a.id(), new OwnerDraft(otherCommunitysResident, null, null))),
                "residentId", "property.owner.unknown");

        UnitEntry owned = asAdmin(() -> properties.addOwner(a.id(), new OwnerDraft(null, "王业主", "138 0000 1111")));
        asAdmin(() -> properties.addOwner(b.id(), new OwnerDraft(null, "王业主", "13800001111")));
        assertThat(owned.owners()).singleElement().satisfies(owner -> {
            assertThat(owner.livesHere()).isFalse();
            assertThat(owner.maskedPhone()).isEqualTo("138****1111");
        });

        List<ElectorUnit> electorate = asAdmin(() -> directory.electorate(community.compoundId()));
        assertThat(electorate).hasSize(3);
        var keys = electorate.stream().map(ElectorUnit::ownerKey).toList();
        assertThat(keys).containsOnlyOnce(ElectorUnit.DEVELOPER);
        assertThat(keys.stream().filter(key -> !key.equals(ElectorUnit.DEVELOPER)).distinct())
                .as("the same buyer of two units: one head key").hasSize(1);

        // The resident owner, and taking an owner off one unit leaves their other unit.
        long resident = community.residentIds().getFirst();
        UnitEntry both = asAdmin(() -> properties.addOwner(a.id(), new OwnerDraft(resident, null, null)));
        assertThat(both.owners()).hasSize(2).anyMatch(OwnerEntry::livesHere);
        long stranger = owned.owners().getFirst().id();
        assertThat(asAdmin(() -> properties.removeOwner(a.id(), stranger)).owners()).singleElement()
                .satisfies(owner -> assertThat(owner.livesHere()).isTrue());
        assertThat(asAdmin(() -> properties.units(community.compoundId()))).filteredOn(u -> u.id() == b.id())
                .singleElement().satisfies(unit -> assertThat(unit.owners()).hasSize(1));
        assertThatThrownBy(() -> new RunAs(userDetails).get(DemoUsers.WENFENG_WORKER,
                () -> properties.units(community.compoundId()))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new RunAs(userDetails).get(DemoUsers.WENFENG_WORKER,
                () -> properties.addOwner(a.id(), new OwnerDraft(null, "x", "13800001111"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFloorIsWhatTheRoomNumberSays() {
        assertThat(PropertyService.floorOf("402")).isEqualTo("4");
        assertThat(PropertyService.floorOf("1201")).isEqualTo("12");
        assertThat(PropertyService.floorOf("12")).isEqualTo("1");
        assertThat(PropertyService.floorOf("东户")).isEmpty();
        assertThat(PropertyService.floorOf("")).isEmpty();
    }
}
