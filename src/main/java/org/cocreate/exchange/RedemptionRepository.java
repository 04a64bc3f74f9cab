package org.cocreate.exchange;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RedemptionRepository extends Repository<Redemption, Long> {

    Redemption save(Redemption redemption);

    Optional<Redemption> findById(long id);

    Optional<Redemption> findByIdempotencyKey(String idempotencyKey);

    List<Redemption> findBySessionIdOrderById(long sessionId);

    /** How many of an item the resident took at the session, not counting voided redemptions. */
    @Query("""
            select coalesce(sum(l.quantity), 0) from RedemptionLine l, Redemption r
            where l.redemptionId = r.id and r.sessionId = :sessionId and r.residentId = :residentId
              and l.itemId = :itemId and r.status = 'DONE'
            """)
    long takenAtSession(long sessionId, long residentId, long itemId);

    /** Per item: what the resident took at the session (item id, quantity), voided redemptions left out. */
    @Query("""
            select new org.cocreate.exchange.RedemptionRepository$ItemTaken(l.itemId, sum(l.quantity))
            from RedemptionLine l, Redemption r
            where l.redemptionId = r.id and r.sessionId = :sessionId and r.residentId = :residentId
              and r.status = 'DONE'
            group by l.itemId
            """)
    List<ItemTaken> takenByItem(long sessionId, long residentId);

    record ItemTaken(long itemId, long quantity) {
    }
}
