package org.cocreate.volunteer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerTeamRepository extends JpaRepository<VolunteerTeam, Long> {

    Optional<VolunteerTeam> findByOrganisationId(long organisationId);

    List<VolunteerTeam> findByOrganisationIdIn(Collection<Long> organisationIds);
}
