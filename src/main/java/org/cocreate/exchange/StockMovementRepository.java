package org.cocreate.exchange;

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
    @Query("select m.itemId, sum(m.quantity) from StockMovement m where m.communityId = :communityId group by m.itemId")
    List<Object[]> sumsByItem(long communityId);

    long count();
}
