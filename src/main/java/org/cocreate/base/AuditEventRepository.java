package org.cocreate.base;

import java.time.LocalDateTime;
import java.util.Collection;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (e.communityId is null or e.communityId in :communities)
              and e.occurred.at >= :from and e.occurred.at < :until
              and (:anyAction = true or e.action in :actions)
              and (:actor = '' or lower(e.occurred.actor) like :actor or e.occurred.actor in :actors)
              and (:text = '' or lower(e.action) like :text or lower(e.occurred.actor) like :text
                   or lower(e.targetType) like :text)
            order by e.occurred.at desc, e.id desc
            """)
    Slice<AuditEvent> find(@Param("communities") Collection<Long> communities, @Param("from") LocalDateTime from,
            @Param("until") LocalDateTime until, @Param("anyAction") boolean anyAction,
            @Param("actions") Collection<String> actions, @Param("actor") String actor,
            @Param("actors") Collection<String> actors, @Param("text") String text, Pageable pageable);

    long countByAction(String action);
}
