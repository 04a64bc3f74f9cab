package org.cocreate.exchange;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stock movements are append-only: insert and read, nothing else. */
interface StockMovementRepository extends Repository<StockMovement, Long> {

    StockMovement save(StockMovement movement);

    List<StockMovement> findByItemIdOrderByIdDesc(long itemId, Pageable page);

    List<StockMovement> findBySessionIdOrderById(long sessionId);

    List<StockMovement> findByRedemptionIdOrderById(long redemptionId);

    /** Per item of the community: item id and the sum of its movements. */
    @Query("select new org.cocreate.exchange.StockMovementRepository$ItemSum(m.itemId, sum(m.quantity))"
            + " from StockMovement m where m.communityId = :communityId group by m.itemId")
    List<ItemSum> sumsByItem(long communityId);

    /** Per item of the community: item id and the sum of its movements of the kinds given. */
    @Query("select new org.cocreate.exchange.StockMovementRepository$ItemSum(m.itemId, sum(m.quantity))"
            + " from StockMovement m where m.communityId = :communityId and m.kind in :kinds group by m.itemId")
    List<ItemSum> sumsByItemOfKinds(long communityId, Collection<MovementKind> kinds);

    /** Per sponsor and item of the community: sponsor, item id and the quantity given. */
    @Query("select new org.cocreate.exchange.StockMovementRepository$SponsorGiven(m.sponsor, m.itemId, sum(m.quantity))"
            + " from StockMovement m where m.communityId = :communityId and m.kind = :kind and m.sponsor is not null"
            + " group by m.sponsor, m.itemId")
    List<SponsorGiven> sumsBySponsorAndItem(long communityId, MovementKind kind);

    /** An item's id and the sum of (some of) its movements. */
    record ItemSum(long itemId, long sum) {
    }

    /** What a sponsor gave of an item. */
    record SponsorGiven(String sponsor, long itemId, long quantity) {
    }

    long count();
}
