package org.cocreate.volunteer;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    /** The community's activities that start in [from, to), by start. */
    @Query("""
            select a from Activity a where a.communityId = :community and a.startsAt >= :from and a.startsAt < :to
            order by a.startsAt, a.id""")
    List<Activity> findStarting(@Param("community") long communityId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);

    List<Activity> findBySeriesIdOrderByStartsAt(long seriesId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Activity a where a.id = :id")
    Optional<Activity> findLocked(@Param("id") long id);
}
