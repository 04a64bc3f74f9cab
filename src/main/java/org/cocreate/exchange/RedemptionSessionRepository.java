package org.cocreate.exchange;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RedemptionSessionRepository extends Repository<RedemptionSession, Long> {

    RedemptionSession save(RedemptionSession session);

    Optional<RedemptionSession> findById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from RedemptionSession s where s.id = :id")
    Optional<RedemptionSession> lockById(long id);

    /**
     * The day's status as committed now, read past the persistence context: a redemption asks again once it
     * holds its items' locks, after a closing that held them may have committed.
     */
    @Query("select s.status from RedemptionSession s where s.id = :id")
    SessionStatus committedStatus(long id);

    List<RedemptionSession> findByCommunityIdOrderBySessionDateDescIdDesc(long communityId);
}
