package org.cocreate.community;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PropertyOwnerRepository extends JpaRepository<PropertyOwner, Long> {

    Optional<PropertyOwner> findFirstByCommunityIdAndResidentId(long communityId, long residentId);

    /** An owner living elsewhere, recognised by name and phone (the same buyer of several units). */
    Optional<PropertyOwner> findFirstByCommunityIdAndResidentIdIsNullAndNameAndPhone(long communityId, String name,
            String phone);
}
