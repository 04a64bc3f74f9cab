package org.cocreate.volunteer;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<Visit, Long> {

    /** A visited resident's last visit. */
    record LastVisit(long residentId, LocalDateTime visitedAt) {
    }

    List<Visit> findByResidentIdOrderByVisitedAtDescIdDesc(long residentId);

    List<Visit> findByCommunityIdOrderByVisitedAtDescIdDesc(long communityId, Pageable page);

    /** The visits whose follow-up is asked for and not yet closed, oldest first. */
    @Query("""
            select v from Visit v where v.communityId = :community and v.followUp = true and v.followUpDoneAt is null
            order by v.visitedAt, v.id""")
    List<Visit> findOpenFollowUps(@Param("community") long communityId);

    /** Each visited resident of the community with their last visit. */
    @Query("""
            select new org.cocreate.volunteer.VisitRepository$LastVisit(v.residentId, max(v.visitedAt))
            from Visit v where v.communityId = :community group by v.residentId""")
    List<LastVisit> findLastVisits(@Param("community") long communityId);

    /** The visits a resident made as a volunteer in [from, to), by time. */
    @Query("""
            select v from Visit v join v.volunteerIds volunteer
            where volunteer = :resident and v.visitedAt >= :from and v.visitedAt < :to order by v.visitedAt, v.id""")
    List<Visit> findMadeBy(@Param("resident") long residentId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);
}
