package org.cocreate.volunteer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityGrantRepository extends JpaRepository<ActivityGrant, Long> {

    List<ActivityGrant> findByActivityIdOrderById(long activityId);

    List<ActivityGrant> findByActivityIdAndResidentIdAndTakenBackFalse(long activityId, long residentId);
}
