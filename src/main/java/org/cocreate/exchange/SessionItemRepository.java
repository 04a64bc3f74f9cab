package org.cocreate.exchange;

import java.util.List;
import org.springframework.data.repository.Repository;

interface SessionItemRepository extends Repository<SessionItem, Long> {

    SessionItem save(SessionItem item);

    List<SessionItem> findBySessionIdOrderById(long sessionId);
}
