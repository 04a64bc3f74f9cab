package org.cocreate.meeting;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingItemRepository extends JpaRepository<MeetingItem, Long> {

    List<MeetingItem> findByMeetingIdOrderByPosition(long meetingId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from MeetingItem i where i.id = :id")
    Optional<MeetingItem> findLocked(@Param("id") long id);
}
