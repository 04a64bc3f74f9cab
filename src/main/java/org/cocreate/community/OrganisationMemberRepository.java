package org.cocreate.community;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationMemberRepository extends JpaRepository<OrganisationMember, Long> {

    @Query("select m from OrganisationMember m join fetch m.resident where m.organisationId = :organisationId"
            + " order by m.position, m.id")
    List<OrganisationMember> findByOrganisation(long organisationId);

    boolean existsByOrganisationIdAndResidentId(long organisationId, long residentId);

    long countByOrganisationId(long organisationId);
}
