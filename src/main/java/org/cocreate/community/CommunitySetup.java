package org.cocreate.community;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates sub-districts, communities and places before anybody can sign in: used by the demo data and by
 * the first start of a production installation (both in this package). Not for screens, which go through
 * the checked services: package-private, so that no other feature can call it without a guard.
 */
@Service
class CommunitySetup {

    private final SubdistrictRepository subdistricts;
    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final BuildingRepository buildings;

    CommunitySetup(SubdistrictRepository subdistricts, CommunityRepository communities, CompoundRepository compounds,
            BuildingRepository buildings) {
        this.subdistricts = subdistricts;
        this.communities = communities;
        this.compounds = compounds;
        this.buildings = buildings;
    }

    @Transactional
    long subdistrict(String name) {
        return subdistricts.findByName(name).orElseGet(() -> subdistricts.save(new Subdistrict(name))).id();
    }

    @Transactional
    long community(long subdistrictId, String name) {
        return communities.findByName(name).orElseGet(() -> communities.save(new Community(subdistrictId, name))).id();
    }

    @Transactional(readOnly = true)
    boolean anyCommunityExists() {
        return communities.count() > 0;
    }
}
