package org.cocreate.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocreate.base.AuditEvent;
import org.cocreate.base.AuditSearch;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * communities stay invisible, as everywhere else; the same scope holds for the export.
 */
@Service
public class AuditLogService {

    /** The first day the trail can hold; a filter left open starts here. */
    public static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);
    /** At most this many lines per page of the screen. */
    static final int PAGE_MAX = 500;
    /** People whose display name matches the typed person, at most (a name, not a search engine). */
    private static final int NAMED_PEOPLE_MAX = 50;
    private static final Checks CHECK = new Checks(AuditRefusedException::new);

    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final CommunityDirectory communities;
    private final AppUserRepository users;
    private final Clock clock;

    AuditLogService(AuditTrail audit, CurrentUser currentUser, CommunityDirectory communities,
            AppUserRepository users, Clock clock) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.communities = communities;
        this.users = users;
        this.clock = clock;
    }

    /** The newest events first, as the filter narrows them (checked first: see {@link #checked}). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditLogEntry> list(AuditFilter filter, int offset, int limit) {
        return read(checked(filter), offset, Math.min(Math.max(limit, 1), PAGE_MAX));
    }

    /** The lines of an export: as {@link #list}, at most {@link AuditExport#MAX_ROWS}, saying whether more were left. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public AuditExport export(AuditFilter filter) {
        List<AuditLogEntry> entries = read(checked(filter), 0, AuditExport.MAX_ROWS + 1);
        boolean cut = entries.size() > AuditExport.MAX_ROWS;
        return new AuditExport(cut ? entries.subList(0, AuditExport.MAX_ROWS) : entries, cut);
    }

    /**
     * Refuses a filter that cannot mean anything: a day before the trail began or after today, a range
     * that ends before it starts, a person or text longer than any name.
     */
    private AuditFilter checked(AuditFilter filter) {
        LocalDate today = LocalDate.now(clock);
        for (var field : List.of(Map.entry("from", Objects.requireNonNullElse(filter.from(), today)),
                Map.entry("to", Objects.requireNonNullElse(filter.to(), today)))) {
            LocalDate day = field.getValue();
            CHECK.that(!day.isBefore(BEGINNING) && !day.isAfter(today), field.getKey(), "audit.date.invalid",
                    BEGINNING, today);
        }
        CHECK.that(filter.from() == null || filter.to() == null || !filter.to().isBefore(filter.from()), "to",
                "audit.range.invalid");
        return new AuditFilter(filter.from(), filter.to(), filter.kind(),
                Objects.requireNonNullElse(CHECK.optionalText("person", filter.person(), AuditFilter.TEXT_MAX,
                        "audit.person.invalid"), ""),
                Objects.requireNonNullElse(CHECK.optionalText("text", filter.text(), AuditFilter.TEXT_MAX,
                        "audit.text.invalid"), ""));
    }

    private List<AuditLogEntry> read(AuditFilter filter, int offset, int limit) {
        LocalDateTime from = Objects.requireNonNullElse(filter.from(), BEGINNING).atStartOfDay();
        LocalDateTime until = filter.to() == null ? AuditSearch.END : filter.to().plusDays(1).atStartOfDay();
        Set<String> actions = filter.kind() == null ? Set.of() : filter.kind().actions();
        var search = new AuditSearch(currentUser.communityIds(), from, until, actions, filter.person(),
                peopleNamed(filter.person()), filter.text());
        List<AuditEvent> events = audit.search(search, offset, limit);
        Map<Long, String> names = communities.all().stream()
                .collect(Collectors.toMap(CommunityRef::id, CommunityRef::name));
        Map<String, String> people = displayNames(events.stream().map(AuditEvent::getActor));
        return events.stream().map(e -> entry(e, names, people)).toList();
    }

    /** The sign-in names of the people whose display name (王芳) contains what was typed. */
    private Set<String> peopleNamed(String person) {
        if (person.isEmpty()) {
            return Set.of();
        }
        return users.findByDisplayNameContainingIgnoreCase(person, PageRequest.of(0, NAMED_PEOPLE_MAX)).stream()
                .map(AppUser::getUsername)
                .collect(Collectors.toSet());
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
