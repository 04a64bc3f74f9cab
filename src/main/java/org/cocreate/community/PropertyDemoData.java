package org.cocreate.community;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocreate.base.Area;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's property register for 文峰塔社区's 文峰小区, so that an owners' assembly can be opened there: every
 * household a unit of 60 to 140 m², owned by a resident living in it or by someone living elsewhere; a few owners
 * of two units; two units the developer still holds. After the register's demo data, before anything that counts.
 */
@Component
@Profile("demo")
@Order(15)
class PropertyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PropertyDemoData.class);
    private static final String COMMUNITY = "文峰塔社区";
    private static final String COMPOUND = "文峰小区";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静强磊军洋勇艳杰娟涛明超秀霞平刚";
    /** Owners living elsewhere who bought a second unit (the round finds them once, by head). */
    private static final int SECOND_UNITS = 4;
    private static final int DEVELOPER_UNITS = 2;

    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final BuildingRepository buildings;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final PropertyUnitRepository units;
    private final PropertyOwners owners;
    private final TransactionTemplate transaction;

    @SuppressWarnings("java:S107")
    PropertyDemoData(CommunityRepository communities, CompoundRepository compounds, BuildingRepository buildings,
            HouseholdRepository households, ResidentRepository residents, PropertyUnitRepository units,
            PropertyOwners owners, TransactionTemplate transaction) {
        this.communities = communities;
        this.compounds = compounds;
        this.buildings = buildings;
        this.households = households;
        this.residents = residents;
        this.units = units;
        this.owners = owners;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer loaded = transaction.execute(status -> units.count() > 0 ? null : load());
        if (loaded != null) {
            log.info("Demo property register loaded: {} units in {}", loaded, COMPOUND);
        }
    }

    private @Nullable Integer load() {
        Community community = communities.findByName(COMMUNITY).orElse(null);
        Compound compound = community == null ? null
                : compounds.findByCommunityIdAndName(community.id(), COMPOUND).orElse(null);
        if (community == null || compound == null) {
            return null;
        }
        long communityId = community.id();
        var random = new Random(20260415L);
        List<Household> all = buildings.findByCompound(compound.id()).stream()
                .flatMap(building -> households.findByBuilding(building.id()).stream()).toList();
        List<PropertyUnit> developers = new ArrayList<>();
        @Nullable PropertyOwner lastBuyer = null;
        int secondUnits = 0;
        for (Household household : all) {
            // 60.00 to 139.99 m², to the hundredth as a register writes it.
            var area = new Area(BigDecimal.valueOf(6000 + random.nextInt(8000), 2));
            PropertyUnit unit = units.save(new PropertyUnit(communityId, household.id(), area, false));
            List<Resident> living = residents.findByHousehold(household.id());
            if (!living.isEmpty() && random.nextInt(5) > 0) {
                unit.addOwner(owners.owner(communityId, new OwnerDraft(living.getFirst().id(), null, null)).id());
            } else if (living.isEmpty() && developers.size() < DEVELOPER_UNITS) {
                unit.change(area, true);
                developers.add(unit);
            } else if (lastBuyer != null && secondUnits < SECOND_UNITS) {
                // The owner living elsewhere before this one bought this unit too: one head, two units.
                unit.addOwner(lastBuyer.id());
                lastBuyer = null;
                secondUnits++;
            } else {
                String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                        + GIVEN.charAt(random.nextInt(GIVEN.length()));
                String phone = "139" + String.format("%08d", random.nextInt(100_000_000));
                lastBuyer = owners.owner(communityId, new OwnerDraft(null, name, phone));
                unit.addOwner(lastBuyer.id());
            }
        }
        return all.size();
    }
}
