package org.cocreate.volunteer;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ShiftRepository extends JpaRepository<Shift, Long> {

    List<Shift> findByActivityIdOrderByStartsAtAscIdAsc(long activityId);

    List<Shift> findByIdIn(Collection<Long> ids);

    /** The shift locked: sign-ups, cancellations and check-ins of one shift take turns (its capacity holds). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Shift s where s.id = :id")
    Optional<Shift> findLocked(@Param("id") long id);
}
