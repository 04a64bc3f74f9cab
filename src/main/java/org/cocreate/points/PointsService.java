package org.cocreate.points;

import static org.cocreate.points.PointsLimits.*;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.Checks;
import org.cocreate.base.Recorded;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.DeviceInfo;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.HouseholdPlace;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.community.RegisteredResident;
import org.cocreate.community.ResidentName;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balances and the ledger. Every change locks the account row first (SELECT ... FOR UPDATE), then reads
 * what it decides on (idempotency keys, caps, earlier reversals), so that concurrent changes of one
 * account are serialised and each decides on the committed state. Entries are only ever inserted. Grants
 * are recorded by {@link GrantService} and reviewed by {@link GrantReviewService}, which post them here.
 */
@Service
public class PointsService {

    /** The points' checks of their input, shared by the feature's services. */
    static final Checks CHECK = new Checks(PointsRefusedException::new);

    private final PointAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final ScoringRuleRepository rules;
    private final RegisterDirectory register;
    private final AccountOpener opener;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final PointsAuditStates auditStates;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107")
    PointsService(PointAccountRepository accounts, LedgerEntryRepository entries, ScoringRuleRepository rules,
            RegisterDirectory register, AccountOpener opener, CurrentUser currentUser, AuditTrail audit,
            PointsAuditStates auditStates, EntityManager entityManager, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.entries = entries;
        this.rules = rules;
        this.register = register;
        this.opener = opener;
        this.currentUser = currentUser;
        this.audit = audit;
        this.auditStates = auditStates;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public Points balance(long residentId) {
        communityOf(residentId);
        return accounts.findByResidentId(residentId).map(PointAccount::getBalance).orElse(Points.ZERO);
    }

    /** Every entry posted from {@code from} to {@code to} (both inclusive), with the running balance. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public Statement statement(long residentId, LocalDate from, LocalDate to) {
        communityOf(residentId);
        Optional<PointAccount> account = accounts.findByResidentId(residentId);
        if (to.isBefore(from)) {
            throw new PointsRefusedException("to", "points.period.invalid");
        }
        if (account.isEmpty()) {
            return new Statement(residentId, from, to, Points.ZERO, List.of(), Points.ZERO);
        }
        long accountId = account.get().id();
        Points opening = entries.findFirstByAccountIdAndCreated_AtLessThanOrderByIdDesc(accountId, from.atStartOfDay())
                .map(LedgerEntry::getBalanceAfter).orElse(Points.ZERO);
        List<LedgerEntry> found = entries.findByAccountIdAndCreated_AtGreaterThanEqualAndCreated_AtLessThanOrderById(
                accountId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
        Map<Long, String> ruleNames = rules.findByIdIn(found.stream().map(LedgerEntry::getRuleId)
                .filter(id -> id != null).map(Long.class::cast).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ScoringRule::id, ScoringRule::getName));
        List<StatementLine> lines = found.stream().map(e -> new StatementLine(e.id(), e.getCreatedAt(),
                e.getOccurredOn(), e.getKind(), e.getAmount(), e.getBalanceAfter(),
                e.getRuleId() == null ? null : ruleNames.get(e.getRuleId()), e.getNote(), e.getCreatedBy(),
                e.getReversesEntryId())).toList();
        Points closing = lines.isEmpty() ? opening : lines.getLast().balanceAfter();
        return new Statement(residentId, from, to, opening, lines, closing);
    }

    /**
     * Posts a grant whose time has come (no approval needed, approved, notice ended, objection dismissed) as
     * a ledger entry made by the worker who made the grant, from their device. Called inside the caller's
     * transaction; refuses a deduction the balance cannot bear, changing nothing.
     */
    PostedEntry postGrant(PointGrant grant) {
        return postGrant(grant, lockedAccount(grant.getResidentId(), grant.getCommunityId()));
    }

    /** The same, on the resident's account that the caller has locked in this transaction. */
    PostedEntry postGrant(PointGrant grant, PointAccount account) {
        Points after = account.apply(grant.getAmount());
        LedgerEntry entry = post(account, new LedgerEntry(account, grant.isDeduction() ? EntryKind.DEDUCTION
                : EntryKind.GRANT, grant.getAmount(), after, grant.getQuantity(), grant.getOccurredOn(),
                grant.getRuleId(), grant.getStandardVersionId(), null, grant.getNote(), grant.getIdempotencyKey(),
                Recorded.of(grant.getCreatedBy(), LocalDateTime.now(clock), grant.getCreated().device())));
        grant.posted(entry.id());
        audit.record(grant.isDeduction() ? "POINTS_DEDUCTED" : "POINTS_GRANTED", "ledger_entry", entry.id(),
                account.getCommunityId(), null, auditStates.of(entry, account.getResidentId()));
        return posted(entry, account.getResidentId());
    }

    /**
     * Takes points from a resident's balance (a redemption at the exchange counter), inside the caller's
     * transaction so that the goods and the points move together or not at all.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(PointsRoles.DEBIT)
    public PostedEntry debit(long residentId, Points points, String reason, @Nullable String idempotencyKey) {
        long communityId = communityOf(residentId);
        String key = checkedKey(idempotencyKey);
        // A debit takes: a zero or negative amount would give points under the name of a redemption.
        CHECK.that(points != null && points.value() > 0, "points", "points.amount.invalid");
        String note = checkedText(reason, "reason");
        if (accounts.findByResidentId(residentId).isEmpty()) {
            // Never granted anything: nothing to take, and no account to open for it.
            throw new InsufficientPointsException(Points.ZERO, points);
        }
        PointAccount account = lockedAccount(residentId, communityId);
        if (key != null) {
            Optional<PostedEntry> earlier = earlier(key, residentId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Points after = account.apply(-points.value());
        LedgerEntry entry = post(account, new LedgerEntry(account, EntryKind.REDEMPTION, -points.value(), after, 1,
                LocalDate.now(clock), null, null, null, note, key, Recorded.now(clock)));
        audit.record("POINTS_DEBITED", "ledger_entry", entry.id(), communityId, null,
                auditStates.of(entry, residentId));
        return posted(entry, residentId);
    }

    /** Writes a REVERSAL of an entry, naming it and why. An entry is reversed at most once; a reversal never. */
    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public PostedEntry reverse(long entryId, String reason) {
        LedgerEntry original = entries.findById(entryId)
                .filter(e -> currentUser.canAccess(e.getCommunityId()))
                .orElseThrow(NotFoundException::new);
        String note = requiredText(reason, "reason");
        if (original.getKind() == EntryKind.REVERSAL) {
            throw new PointsRefusedException(null, "points.reverse.ofReversal");
        }
        PointAccount account = lockedAccount(original.getAccountId());
        if (entries.existsByReversesEntryId(entryId)) {
            throw new PointsRefusedException(null, "points.reverse.already");
        }
        Points after = account.apply(-original.getAmount());
        LedgerEntry entry = post(account, new LedgerEntry(account, EntryKind.REVERSAL, -original.getAmount(), after,
                original.getQuantity(), LocalDate.now(clock), null, original.getStandardVersionId(), entryId, note,
                null, Recorded.now(clock)));
        audit.record("POINTS_REVERSED", "ledger_entry", entry.id(), account.getCommunityId(),
                auditStates.of(original, account.getResidentId()),
                auditStates.of(entry, account.getResidentId()));
        return posted(entry, account.getResidentId());
    }

    /**
     * Expires, oldest first, the points of the community's accounts that were earned before {@code cutoff}
     * and are not spent yet, as EXPIRY entries dated {@code today}. Run again, it finds nothing more to do.
     * For the nightly job; returns the points expired.
     */
    @Transactional
    long expire(long communityId, LocalDate cutoff, LocalDate today) {
        long expired = 0;
        for (LedgerEntryRepository.ExpirySums candidate : entries.expirySums(communityId, cutoff)) {
            if (candidate.unspentBefore() <= 0) {
                continue;
            }
            PointAccount account = lockedAccount(candidate.getAccountId());
            // Again under the lock: a redemption may have spent old points meanwhile.
            long unspent = entries.expirySumsOfAccount(account.id(), cutoff).stream()
                    .mapToLong(LedgerEntryRepository.ExpirySums::unspentBefore).sum();
            long amount = Math.min(unspent, account.getBalance().value());
            if (amount <= 0) {
                continue;
            }
            Points after = account.apply(-amount);
            LedgerEntry entry = post(account, new LedgerEntry(account, EntryKind.EXPIRY, -amount, after, 1, today, null,
                    null, null, null, null, Recorded.of(null, LocalDateTime.now(clock), DeviceInfo.UNKNOWN)));
            audit.record("POINTS_EXPIRED", "ledger_entry", entry.id(), communityId, null,
                    auditStates.of(entry, account.getResidentId()));
            expired += amount;
        }
        return expired;
    }

    /** For every account of the community: the cached balance against the sum of its entries. Empty when all agree. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.ADMIN)
    public List<LedgerDifference> ledgerCheck(long communityId) {
        currentUser.requireAccess(communityId);
        Map<Long, Long> sums = new HashMap<>();
        for (LedgerEntryRepository.AccountSum row : entries.sumsByAccount(communityId)) {
            sums.put(row.accountId(), row.sum());
        }
        List<LedgerDifference> differences = new ArrayList<>();
        Map<Long, PointAccount> byId = accounts.findByCommunityIdOrderById(communityId).stream()
                .collect(Collectors.toMap(PointAccount::id, Function.identity()));
        for (PointAccount account : byId.values()) {
            long sum = sums.getOrDefault(account.id(), 0L);
            if (sum != account.getBalance().value()) {
                differences.add(new LedgerDifference(account.id(), account.getResidentId(), account.getBalance(), sum));
            }
        }
        // Entries of the community on an account of another community would be a difference too.
        sums.keySet().stream().filter(id -> !byId.containsKey(id)).forEach(id -> differences.add(
                new LedgerDifference(id, accounts.findById(id).map(PointAccount::getResidentId).orElse(-1L),
                        Points.ZERO, sums.get(id))));
        differences.sort((a, b) -> Long.compare(a.accountId(), b.accountId()));
        return differences;
    }

    /**
     * The members of a household with their balances and the household's total. A household of another
     * community looks like one that does not exist.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public HouseholdBalances householdBalances(long householdId) {
        HouseholdPlace place = register.household(householdId)
                .filter(found -> currentUser.canAccess(found.communityId()))
                .orElseThrow(NotFoundException::new);
        List<ResidentName> residents = register.householdMembers(householdId);
        Map<Long, Points> balances = accounts.findByResidentIdIn(residents.stream().map(ResidentName::id).toList())
                .stream().collect(Collectors.toMap(PointAccount::getResidentId, PointAccount::getBalance));
        List<MemberBalance> members = residents.stream()
                .map(r -> new MemberBalance(r.id(), r.name(), balances.getOrDefault(r.id(), Points.ZERO)))
                .toList();
        Points total = members.stream().map(MemberBalance::balance).reduce(Points.ZERO, Points::plus);
        return new HouseholdBalances(householdId, place.household().address(), members, total);
    }

    /**
     * Whose statement it is, with the balance now. A resident of another community looks like one that
     * does not exist.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public AccountHolder accountHolder(long residentId) {
        long communityId = communityOf(residentId);
        RegisteredResident holder = register.resident(residentId).orElseThrow(NotFoundException::new);
        String communityName = register.communityName(communityId).orElseThrow(NotFoundException::new);
        Points balance = accounts.findByResidentId(residentId).map(PointAccount::getBalance).orElse(Points.ZERO);
        return new AccountHolder(residentId, holder.name(), holder.household().id(), holder.household().address(),
                communityName, balance);
    }

    /**
     * The community's points granted and redeemed in a month, by the day they count for: a reversal takes
     * its amount off the kind of the entry it reverses (a voided redemption is not redeemed). Open to every
     * role that sees the scoring standard: these are the community's figures, nobody's balance.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ_STANDARDS)
    public MonthTotals monthTotals(long communityId, YearMonth month) {
        currentUser.requireAccess(communityId);
        long granted = 0;
        long redeemed = 0;
        for (var sum : entries.sumsByKind(communityId, month.atDay(1), month.atEndOfMonth())) {
            EntryKind kind = sum.kind() == EntryKind.REVERSAL && sum.reversedKind() != null
                    ? sum.reversedKind() : sum.kind();
            if (kind == EntryKind.GRANT) {
                granted += sum.sum();
            } else if (kind == EntryKind.REDEMPTION) {
                redeemed -= sum.sum();
            }
        }
        return new MonthTotals(month, granted, redeemed);
    }

    /** How many accounts and entries a ledger check of the community goes through. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.ADMIN)
    public LedgerSize ledgerSize(long communityId) {
        currentUser.requireAccess(communityId);
        return new LedgerSize(accounts.countByCommunityId(communityId), entries.countByCommunityId(communityId));
    }

    /**
     * Inserts an entry. The account lock already serialises calls with the same key for one resident; the
     * unique key only trips when a concurrent call used the key for another resident, which is refused.
     */
    private LedgerEntry post(PointAccount account, LedgerEntry entry) {
        LedgerEntry saved;
        try {
            saved = entries.save(entry);
        } catch (DataIntegrityViolationException e) {
            if (entry.getIdempotencyKey() != null) {
                throw new PointsRefusedException(null, "points.idempotency.conflict");
            }
            throw e;
        }
        // Heard after the commit only: a rolled-back change tells no screen anything.
        events.publishEvent(new BalanceChanged(account.getCommunityId(), account.getResidentId(),
                saved.getBalanceAfter().value()));
        return saved;
    }

    /** The resident's account, if points were ever granted to them (read only, not locked). */
    Optional<Long> accountIdOf(long residentId) {
        return accounts.findByResidentId(residentId).map(PointAccount::id);
    }

    /** The tenant check: a resident of another community looks like one that does not exist. */
    long communityOf(long residentId) {
        return register.communityOfResident(residentId)
                .filter(currentUser::canAccess)
                .orElseThrow(NotFoundException::new);
    }

    PointAccount lockedAccount(long residentId, long communityId) {
        forgetLoadedCopy(a -> a.getResidentId() == residentId);
        Optional<PointAccount> locked = accounts.lockByResidentId(residentId);
        if (locked.isEmpty()) {
            try {
                opener.open(residentId, communityId);
            } catch (DataIntegrityViolationException raced) {
                // Opened by a concurrent first grant: read theirs below.
            }
            locked = accounts.lockByResidentId(residentId);
        }
        return locked.orElseThrow(NotFoundException::new);
    }

    private PointAccount lockedAccount(long accountId) {
        forgetLoadedCopy(a -> a.id() == accountId);
        return accounts.lockById(accountId).orElseThrow(NotFoundException::new);
    }

    /**
     * A copy of the account loaded earlier in this transaction (by this service or the caller) may be
     * stale; the locking query must read the row afresh. Pending changes are written first.
     */
    private void forgetLoadedCopy(java.util.function.Predicate<PointAccount> which) {
        var session = entityManager.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class);
        List<Object> loaded = new ArrayList<>();
        for (var entry : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
            if (entry.getKey() instanceof PointAccount account && which.test(account)) {
                loaded.add(account);
            }
        }
        if (!loaded.isEmpty()) {
            entityManager.flush();
            loaded.forEach(entityManager::detach);
        }
    }

    private Optional<PostedEntry> earlier(String key, long residentId) {
        return entries.findByIdempotencyKey(key).map(entry -> {
            PointAccount account = accounts.findById(entry.getAccountId()).orElseThrow(NotFoundException::new);
            if (account.getResidentId() != residentId) {
                throw new PointsRefusedException(null, "points.idempotency.conflict");
            }
            return posted(entry, residentId);
        });
    }

    static PostedEntry posted(LedgerEntry e, long residentId) {
        return new PostedEntry(e.id(), residentId, e.getKind(), e.getAmount(), e.getBalanceAfter(), e.getQuantity(),
                e.getOccurredOn(), e.getRuleId(), e.getStandardVersionId(), e.getReversesEntryId(),
                e.getIdempotencyKey());
    }

    static @Nullable String checkedKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > KEY_MAX) {
            throw new PointsRefusedException(null, "points.idempotency.tooLong");
        }
        return key;
    }

    /** An optional note or reason: null when blank, refused beyond {@link PointsLimits#TEXT_MAX}. */
    static @Nullable String checkedText(@Nullable String text, String field) {
        return CHECK.optionalText(field, text, TEXT_MAX, "points.text.tooLong");
    }

    /** A reason that must be given, of at most {@link PointsLimits#TEXT_MAX}. */
    static String requiredText(@Nullable String text, String field) {
        CHECK.that(text != null && !text.isBlank(), field, "points.reason.required");
        return CHECK.text(field, text, TEXT_MAX, "points.text.tooLong");
    }
}
