package org.cocreate.community;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The bulk look-ups of an import: one query each instead of one per row. */
interface ResidentImportRepository extends Repository<Resident, Long> {

    /** Id, name, phone (or null) and household id of every resident of the community. */
    @Query("select new org.cocreate.community.ResidentImportRepository$ResidentKey(r.id, r.name, r.phone,"
            + " r.household.id)"
            + " from Resident r where r.communityId = :communityId")
    List<ResidentKey> namesPhonesAndHouseholds(long communityId);

    record ResidentKey(long id, String name, @Nullable String phone, long householdId) {
    }

    @Query("select h from Household h join fetch h.building b where b.compound.communityId = :communityId")
    List<Household> householdsOf(long communityId);
}
