package org.cocreate.exchange;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Lines are written with their redemption and never changed. */
interface RedemptionLineRepository extends Repository<RedemptionLine, Long> {

    RedemptionLine save(RedemptionLine line);

    List<RedemptionLine> findByRedemptionIdOrderById(long redemptionId);

    List<RedemptionLine> findByRedemptionIdIn(Collection<Long> redemptionIds);
}
