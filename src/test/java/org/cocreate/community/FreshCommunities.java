package org.cocreate.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.security.RunAs;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A community of a test's own, created by the sub-district admin: a compound, a building, a household and
 * residents in it. For what a test changes for a whole community (its scoring standard) or for its residents
 * (their shifts), since the tests share one database.
 */
@Component
public class FreshCommunities {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CommunityService communities;
    private final RegisterService register;
    private final ResidentService residents;
    private final RunAs runAs;

    FreshCommunities(CommunityService communities, RegisterService register, ResidentService residents,
            UserDetailsService userDetails) {
        this.communities = communities;
        this.register = register;
        this.residents = residents;
        this.runAs = new RunAs(userDetails);
    }

    /** A community named {@code name} (made unique), with this many residents named {@code person} 1, 2, …. */
    public FreshCommunity create(String name, String person, int residentCount) {
        return runAs.get(DemoUsers.SUBDISTRICT_ADMIN, () -> {
            long community = communities.createCommunity(name + " " + SEQUENCE.incrementAndGet());
            long compound = register.createCompound(community, new CompoundDraft("测试小区", null, Set.of()));
            long building = register.createBuilding(compound, "1栋");
            long household = register.household(building, "1单元", "101").id();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < residentCount; i++) {
                ids.add(residents.register(community, ResidentDraft.of(person + " " + SEQUENCE.incrementAndGet(),
                        household)));
            }
            return new FreshCommunity(community, compound, ids);
        });
    }

    public record FreshCommunity(long communityId, long compoundId, List<Long> residentIds) {
    }
}
