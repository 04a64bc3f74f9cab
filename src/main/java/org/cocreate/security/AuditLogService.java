package org.cocreate.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    private final AppUserRepository users;

    AuditLogService(AuditTrail audit, CurrentUser currentUser, CommunityDirectory communities,
            AppUserRepository users) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.communities = communities;
        this.users = users;
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
        List<AuditEvent> events = audit.find(scope, from, text, offset, Math.min(Math.max(limit, 1), 500));
        Map<String, String> people = displayNames(events.stream().map(AuditEvent::getActor));
        return events.stream().map(e -> entry(e, names, people)).toList();
    }

    private Map<String, String> displayNames(Stream<String> usernames) {
        Set<String> names = usernames.filter(Objects::nonNull).collect(Collectors.toSet());
        if (names.isEmpty()) {
            return Map.of();
        }
        return users.findByUsernameIn(names).stream()
                .filter(user -> user.getDisplayName() != null && !user.getDisplayName().isBlank())
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    private static AuditLogEntry entry(AuditEvent event, Map<Long, String> names, Map<String, String> people) {
        Long community = event.getCommunityId();
        String actor = event.getActor();
        return new AuditLogEntry(Objects.requireNonNull(event.getId()), event.getOccurredAt(), actor,
                actor == null ? null : people.getOrDefault(actor, actor), event.getAction(), event.getTargetType(),
                event.getTargetId(), community == null ? null : names.getOrDefault(community, "#" + community),
                event.getRemoteAddr(), event.getUserAgent(), event.getBeforeState(), event.getAfterState());
    }
}
