package org.cocreate.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.stream.Collectors;
import org.cocreate.base.AuditEvent;
import org.cocreate.base.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail, for admins.
 *
 * <p>Scope: the events of the communities the admin works in, plus the events that belong to no
 * community: sign-ins, failed sign-ins and lockouts, and changes to user accounts (a user may work in
 * several communities, so these are recorded without one). Every admin sees the latter, because an admin
 * must be able to see why a colleague is locked out and who changed an account; these lines name users
 * and devices, never residents, so no community's register data leaks through them. Events of other
 * communities stay invisible, as everywhere else.
 */
@Service
public class AuditLogService {

    /** "Since" left empty means the whole trail; a fixed early date keeps the query plain on both databases. */
    private static final LocalDateTime BEGINNING = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CommunityDirectory communities;

    AuditLogService(AuditTrail audit, CurrentUser currentUser, CommunityDirectory communities) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.communities = communities;
    }

    /**
     * The newest events first. {@code text} matches the actor, the action code and the kind of target;
     * {@code since} is inclusive, a day in the communities' time zone.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditLogEntry> list(@Nullable LocalDate since, String text, int offset, int limit) {
        var scope = currentUser.communityIds();
        Map<Long, String> names = communities.all().stream()
                .collect(Collectors.toMap(CommunityRef::id, CommunityRef::name));
        LocalDateTime from = since == null ? BEGINNING : since.atStartOfDay();
        return audit.find(scope, from, text, offset, Math.min(Math.max(limit, 1), 500)).stream()
                .map(e -> entry(e, names))
                .toList();
    }

    private static AuditLogEntry entry(AuditEvent event, Map<Long, String> names) {
        Long community = event.getCommunityId();
        return new AuditLogEntry(Objects.requireNonNull(event.getId()), event.getOccurredAt(), event.getActor(),
                event.getAction(), event.getTargetType(), event.getTargetId(),
                community == null ? null : names.getOrDefault(community, "#" + community),
                event.getRemoteAddr(), event.getUserAgent(), event.getBeforeState(), event.getAfterState());
    }
}
