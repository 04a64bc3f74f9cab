package org.cocreate.base;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Called by the services inside their own transaction, so that a change and its
 * audit line are committed together or not at all. Reading is offered to the security feature, which
 * checks who may read.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    // Open to every caller: it writes down what the calling service, which carries the guard, has decided
    // (also for scheduled jobs and the first start, where nobody is signed in), and can only add lines.
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public void record(String action, String targetType, @Nullable Object targetId, @Nullable Long communityId,
            @Nullable String before, @Nullable String after) {
        write(Actor.current(), action, targetType, targetId, communityId, DeviceInfo.current(), before, after);
    }

    /** For events outside a business transaction (logins): written in a transaction of their own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("permitAll()")
    public void recordAlone(@Nullable String actor, String action, DeviceInfo device, @Nullable String detail) {
        write(actor, action, "user", null, null, device, null, detail);
    }

    /**
     * A refusal that rolls its own transaction back (a ballot link that is no longer valid): written in a
     * transaction of its own, so that it stays.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @PreAuthorize("permitAll()")
    public void recordRefusal(String action, String targetType, @Nullable Object targetId, @Nullable Long communityId,
            @Nullable String detail) {
        write(Actor.current(), action, targetType, targetId, communityId, DeviceInfo.current(), null, detail);
    }

    private void write(@Nullable String actor, String action, String targetType, @Nullable Object targetId,
            @Nullable Long communityId, DeviceInfo device, @Nullable String before, @Nullable String after) {
        events.save(new AuditEvent(Recorded.of(actor, LocalDateTime.now(clock), device), action, targetType,
                targetId == null ? null : targetId.toString(), communityId, before, after));
    }

    /** For AuditLogService, which narrows what an admin sees to their communities: newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> search(AuditSearch search, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1));
        // An empty list cannot go into "in (...)" on every database: a value no line has stands for none.
        Collection<Long> communities = search.communities().isEmpty() ? List.of(-1L) : search.communities();
        return events.find(communities, search.from(), search.until(), search.actions().isEmpty(),
                search.actions().isEmpty() ? List.of("") : search.actions(), like(search.actor()),
                search.actors().isEmpty() ? List.of("") : search.actors(), like(search.text()), page).getContent();
    }

    /** Every action and actor since {@code from} whose actor, action or target type contains {@code text}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEvent> find(Collection<Long> communities, LocalDateTime from, String text, int offset,
            int limit) {
        return search(new AuditSearch(communities, from, AuditSearch.END, Set.of(), "", Set.of(), text), offset,
                limit);
    }

    private static String like(String text) {
        return text.isBlank() ? "" : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(String action) {
        return events.countByAction(action);
    }
}
