package org.cocreate.volunteer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerProfileRepository extends JpaRepository<VolunteerProfile, Long> {

    Optional<VolunteerProfile> findByResidentId(long residentId);

    List<VolunteerProfile> findByResidentIdIn(Collection<Long> residentIds);
}
