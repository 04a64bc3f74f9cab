package org.cocreate.exchange;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cocreate.points.Points;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Items are never deleted (an item no longer offered is made inactive). */
interface ExchangeItemRepository extends Repository<ExchangeItem, Long> {

    ExchangeItem save(ExchangeItem item);

    Optional<ExchangeItem> findById(long id);

    List<ExchangeItem> findByIdIn(Collection<Long> ids);

    List<ExchangeItem> findByCommunityIdOrderByKindAscNameAsc(long communityId);

    boolean existsByCommunityIdAndName(long communityId, String name);

    /**
     * Id, price and whether active, as plain values: read before the rows are locked without putting an
     * item in the persistence context, where the locked read would find a stale copy.
     */
    @Query("select new org.cocreate.exchange.ExchangeItemRepository$ItemPrice(i.id, i.price, i.active)"
            + " from ExchangeItem i where i.id in :ids")
    List<ItemPrice> prices(Collection<Long> ids);

    record ItemPrice(long itemId, Points price, boolean active) {
    }

    /** SELECT ... FOR UPDATE: whoever changes stock holds the item's row, so two counters never oversell. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ExchangeItem i where i.id = :id")
    Optional<ExchangeItem> lockById(long id);
}
