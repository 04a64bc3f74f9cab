package org.cocreate.exchange;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RedemptionSessionRepository extends Repository<RedemptionSession, Long> {

    RedemptionSession save(RedemptionSession session);

    Optional<RedemptionSession> findById(long id);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from RedemptionSession s where s.id = :id")
    Optional<RedemptionSession> lockById(long id);

    List<RedemptionSession> findByCommunityIdOrderBySessionDateDescIdDesc(long communityId);

    /** The register's table read directly: the exchange needs only the resident's community. */
    @Query(value = "select community_id from resident where id = :residentId", nativeQuery = true)
    Optional<Long> communityOfResident(long residentId);
}
