package org.cocreate.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cocreate.DemoUsers;
import org.cocreate.base.Area;
import org.cocreate.base.RefusedException;
import org.cocreate.community.CommunityService;
import org.cocreate.community.CompoundDraft;
import org.cocreate.community.OwnerDraft;
import org.cocreate.community.PropertyService;
import org.cocreate.community.RegisterService;
import org.cocreate.community.ResidentDraft;
import org.cocreate.community.ResidentService;
import org.cocreate.community.UnitDraft;
import org.cocreate.community.UnitEntry;
import org.cocreate.security.RunAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A compound of a test's own for owners' assemblies: a community, two buildings, units with the areas and
 * owners a test gives (the same owner letter is the same buyer; {@code DEV} a unit the developer holds), made
 * by the sub-district admin through the register's services.
 */
@Component
public class AssemblyTestData {

    /** The owner of a unit the developer has not sold or not handed over. */
    public static final String DEV = "dev";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final AssemblyService assemblies;
    public final BallotService ballots;
    public final CovenantService covenants;
    public final PropertyService properties;
    public final RunAs runAs;
    private final CommunityService communities;
    private final RegisterService register;
    private final ResidentService residents;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    AssemblyTestData(AssemblyService assemblies, BallotService ballots, CovenantService covenants,
            PropertyService properties,
            CommunityService communities, RegisterService register, ResidentService residents,
            UserDetailsService userDetails, Clock clock) {
        this.assemblies = assemblies;
        this.ballots = ballots;
        this.covenants = covenants;
        this.properties = properties;
        this.communities = communities;
        this.register = register;
        this.residents = residents;
        this.runAs = new RunAs(userDetails);
        this.clock = clock;
    }

    /** The compound made, its units in the order given (their ids in the register). */
    public record Compound(long communityId, long compoundId, List<Long> unitIds, long residentId) {
    }

    /**
     * A compound with one unit per area, owned as {@code owners} says ("A", "B", "A": the first and third
     * owned by one buyer; {@link #DEV}: the developer's). Half the units in 1栋, half in 2栋, two to a floor.
     */
    public Compound compound(List<String> areas, List<String> owners) {
        return asAdmin(() -> {
            int n = SEQUENCE.incrementAndGet();
            long community = communities.createCommunity("业主大会测试社区 " + n);
            long compound = register.createCompound(community, new CompoundDraft("测试小区", null, Set.of()));
            long first = register.createBuilding(compound, "1栋");
            long second = register.createBuilding(compound, "2栋");
            List<Long> unitIds = new ArrayList<>();
            long resident = -1;
            for (int i = 0; i < areas.size(); i++) {
                long building = i < (areas.size() + 1) / 2 ? first : second;
                int index = i < (areas.size() + 1) / 2 ? i : i - (areas.size() + 1) / 2;
                String room = (index / 2 + 1) + "0" + (index % 2 + 1);
                long household = register.household(building, "1单元", room).id();
                if (resident < 0) {
                    resident = residents.register(community, ResidentDraft.of("住户 " + n, household));
                }
                String owner = owners.get(i);
                UnitEntry unit = properties.setUnit(household, new UnitDraft(Area.of(areas.get(i)), DEV.equals(owner)));
                if (!DEV.equals(owner)) {
                    properties.addOwner(unit.id(), new OwnerDraft(null, "业主" + owner,
                            "139" + String.format("%08d", Math.abs(owner.hashCode()) % 100_000_000)));
                }
                unitIds.add(unit.id());
            }
            return new Compound(community, compound, unitIds, resident);
        });
    }

    /** {@code count} units of {@code area} m², each of its own owner. */
    public Compound compound(int count, String area) {
        List<String> areas = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            areas.add(area);
            owners.add("O" + i);
        }
        return compound(areas, owners);
    }

    /** An assembly of the compound on one item of the matter, opened by the sub-district admin. */
    public AssemblyEntry opened(Compound compound, Matter matter) {
        return asAdmin(() -> {
            AssemblyEntry created = assemblies.create(compound.communityId(), new AssemblyDraft(compound.compoundId(),
                    "加装电梯表决", today(), today().plusDays(21)));
            assemblies.addItem(created.id(), ItemDraft.of(matter, "1栋加装电梯", "方案与预算见附件", null));
            return assemblies.open(created.id());
        });
    }

    /** The paper ballot of a unit on the assembly's first item, recorded by the sub-district admin. */
    public void written(AssemblyEntry assembly, long unitId, Electorate.Choice choice) {
        asAdmin(() -> {
            ballots.recordWritten(assembly.id(), unitId, List.of(ItemVote.of(assembly.items().getFirst().id(), choice)),
                    null);
            return null;
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public <T> T asAdmin(Supplier<T> action) {
        return runAs.get(DemoUsers.SUBDISTRICT_ADMIN, action);
    }

    /** The action is refused at {@code field} with the message {@code key}. */
    public static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RefusedException.class).satisfies(e -> {
            assertThat(((RefusedException) e).field()).isEqualTo(field);
            assertThat(((RefusedException) e).messageKey()).isEqualTo(key);
        });
    }
}
