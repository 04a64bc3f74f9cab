package org.cocreate.volunteer;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SeriesRepository extends JpaRepository<Series, Long> {

    List<Series> findByCommunityIdOrderByIdDesc(long communityId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Series s where s.id = :id")
    Optional<Series> findLocked(@Param("id") long id);
}
