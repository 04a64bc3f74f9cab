package org.cocreate.points;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Grants on their way to the ledger; never deleted (a rejected or cancelled grant stays, with why). */
interface PointGrantRepository extends Repository<PointGrant, Long> {

    PointGrant save(PointGrant grant);

    Optional<PointGrant> findById(long id);

    Optional<PointGrant> findByIdempotencyKey(String idempotencyKey);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from PointGrant g where g.id = :id")
    Optional<PointGrant> lockById(long id);

    List<PointGrant> findByCommunityIdAndStatusOrderByCreated_At(long communityId, GrantStatus status);

    List<PointGrant> findByCommunityIdAndStatusInOrderByCreated_AtDesc(long communityId,
            Collection<GrantStatus> statuses, Pageable page);

    long countByCommunityIdAndStatus(long communityId, GrantStatus status);

    long countByCommunityIdAndStatusAndNoticeUntilBetween(long communityId, GrantStatus status, LocalDateTime from,
            LocalDateTime to);

    /** Grants whose public notice ended, oldest first: what the posting job posts. */
    @Query("select g.id from PointGrant g where g.status = 'NOTICE' and g.noticeUntil <= :now order by g.noticeUntil, g.id")
    List<Long> noticeEndedBy(LocalDateTime now, Pageable page);

    /** Times (or hours) still on their way for the resident under a rule's lineage in a period: they count against caps. */
    @Query("""
            select coalesce(sum(g.quantity), 0) from PointGrant g
            where g.residentId = :residentId and g.lineageId = :lineageId and g.occurredOn between :from and :to
              and g.status in ('PENDING_APPROVAL', 'NOTICE', 'OBJECTED')
            """)
    long openQuantity(long residentId, long lineageId, LocalDate from, LocalDate to);
}
