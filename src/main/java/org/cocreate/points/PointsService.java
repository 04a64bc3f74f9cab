package org.cocreate.points;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.DeviceInfo;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balances and the ledger. Every change locks the account row first (SELECT ... FOR UPDATE), then reads
 * what it decides on (idempotency keys, caps, earlier reversals), so that concurrent changes of one
 * account are serialised and each decides on the committed state. Entries are only ever inserted.
 */
@Service
public class PointsService {

    private static final int MAX_QUANTITY = 1000;

    private final PointAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final ScoringRuleRepository rules;
    private final ScoringStandardRepository standards;
    private final AccountOpener opener;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    PointsService(PointAccountRepository accounts, LedgerEntryRepository entries, ScoringRuleRepository rules,
            ScoringStandardRepository standards, AccountOpener opener, CurrentUser currentUser, AuditTrail audit,
            EntityManager entityManager, Clock clock) {
        this.accounts = accounts;
        this.entries = entries;
        this.rules = rules;
        this.standards = standards;
        this.opener = opener;
        this.currentUser = currentUser;
        this.audit = audit;
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
        Points opening = entries.findFirstByAccountIdAndCreatedAtLessThanOrderByIdDesc(accountId, from.atStartOfDay())
                .map(LedgerEntry::getBalanceAfter).orElse(Points.ZERO);
        List<LedgerEntry> found = entries.findByAccountIdAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderById(
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
     * Posts a GRANT (a DEDUCTION for a deduction rule) under a rule of the standard in effect for the
     * resident's community on the grant date. With an idempotency key already posted, returns that entry
     * and posts nothing.
     */
    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public PostedEntry grant(GrantCommand command) {
        long communityId = communityOf(command.residentId());
        String key = checkedKey(command.idempotencyKey());
        if (key != null) {
            Optional<PostedEntry> earlier = earlier(key, command.residentId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (command.quantity() < 1 || command.quantity() > MAX_QUANTITY) {
            throw new PointsRefusedException("quantity", "points.quantity.invalid", MAX_QUANTITY);
        }
        if (command.date().isAfter(LocalDate.now(clock))) {
            throw new PointsRefusedException("date", "points.date.future");
        }
        String note = checkedText(command.note(), "note");
        ScoringRule rule = rules.findById(command.ruleId()).orElseThrow(NotFoundException::new);
        ScoringStandard standard = inEffect(communityId, command.date())
                .filter(s -> s.id() == rule.getStandardId())
                .orElseThrow(() -> new PointsRefusedException("rule", "points.rule.notInEffect", rule.getName(),
                        command.date()));

        PointAccount account = lockedAccount(command.residentId(), communityId);
        if (key != null) {
            // Read again under the lock: a concurrent call with the same key has committed by now.
            Optional<PostedEntry> earlier = earlier(key, command.residentId());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        checkCaps(account, rule, command);
        long amount = Math.multiplyExact(rule.getPoints().value(), command.quantity());
        if (rule.isDeduction()) {
            amount = -amount;
        }
        Points after = account.apply(amount);
        LedgerEntry entry = post(new LedgerEntry(account, rule.isDeduction() ? EntryKind.DEDUCTION
                : EntryKind.GRANT, amount, after, command.quantity(), command.date(), rule.id(), standard.id(), null,
                note, key, actor(), LocalDateTime.now(clock), DeviceInfo.current()));
        audit.record(rule.isDeduction() ? "POINTS_DEDUCTED" : "POINTS_GRANTED", "ledger_entry", entry.id(),
                communityId, null, entry.auditState());
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
        if (points.isZero()) {
            throw new PointsRefusedException("points", "points.amount.invalid");
        }
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
        LedgerEntry entry = post(new LedgerEntry(account, EntryKind.REDEMPTION, -points.value(), after, 1,
                LocalDate.now(clock), null, null, null, note, key, actor(), LocalDateTime.now(clock),
                DeviceInfo.current()));
        audit.record("POINTS_DEBITED", "ledger_entry", entry.id(), communityId, null, entry.auditState());
        return posted(entry, residentId);
    }

    /** Writes a REVERSAL of an entry, naming it and why. An entry is reversed at most once; a reversal never. */
    @Transactional
    @PreAuthorize(PointsRoles.GRANT)
    public PostedEntry reverse(long entryId, String reason) {
        LedgerEntry original = entries.findById(entryId)
                .filter(e -> currentUser.canAccess(e.getCommunityId()))
                .orElseThrow(NotFoundException::new);
        String note = checkedText(reason, "reason");
        if (note == null) {
            throw new PointsRefusedException("reason", "points.reason.required");
        }
        if (original.getKind() == EntryKind.REVERSAL) {
            throw new PointsRefusedException(null, "points.reverse.ofReversal");
        }
        PointAccount account = lockedAccount(original.getAccountId());
        if (entries.existsByReversesEntryId(entryId)) {
            throw new PointsRefusedException(null, "points.reverse.already");
        }
        Points after = account.apply(-original.getAmount());
        LedgerEntry entry = entries.save(new LedgerEntry(account, EntryKind.REVERSAL, -original.getAmount(), after,
                original.getQuantity(), LocalDate.now(clock), null, original.getStandardVersionId(), entryId, note,
                null, actor(), LocalDateTime.now(clock), DeviceInfo.current()));
        audit.record("POINTS_REVERSED", "ledger_entry", entry.id(), account.getCommunityId(),
                original.auditState(), entry.auditState());
        return posted(entry, account.getResidentId());
    }

    /** For every account of the community: the cached balance against the sum of its entries. Empty when all agree. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.ADMIN)
    public List<LedgerDifference> ledgerCheck(long communityId) {
        currentUser.requireAccess(communityId);
        Map<Long, Long> sums = new HashMap<>();
        for (Object[] row : entries.sumsByAccount(communityId)) {
            sums.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
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
        Object[] place = accounts.householdPlace(householdId).stream().findFirst()
                .filter(row -> currentUser.canAccess(((Number) row[0]).longValue()))
                .orElseThrow(NotFoundException::new);
        List<MemberBalance> members = accounts.householdMembers(householdId).stream()
                .map(row -> new MemberBalance(((Number) row[0]).longValue(), (String) row[1],
                        Points.of(((Number) row[2]).longValue())))
                .toList();
        Points total = members.stream().map(MemberBalance::balance).reduce(Points.ZERO, Points::plus);
        return new HouseholdBalances(householdId, address(householdId, place), members, total);
    }

    /**
     * Whose statement it is, with the balance now. A resident of another community looks like one that
     * does not exist.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.READ)
    public AccountHolder accountHolder(long residentId) {
        communityOf(residentId);
        Object[] holder = accounts.holder(residentId).stream().findFirst().orElseThrow(NotFoundException::new);
        long householdId = ((Number) holder[1]).longValue();
        Object[] place = accounts.householdPlace(householdId).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        Points balance = accounts.findByResidentId(residentId).map(PointAccount::getBalance).orElse(Points.ZERO);
        return new AccountHolder(residentId, (String) holder[0], householdId, address(householdId, place),
                (String) holder[2], balance);
    }

    /** How many accounts and entries a ledger check of the community goes through. */
    @Transactional(readOnly = true)
    @PreAuthorize(PointsRoles.ADMIN)
    public LedgerSize ledgerSize(long communityId) {
        currentUser.requireAccess(communityId);
        return new LedgerSize(accounts.countByCommunityId(communityId), entries.countByCommunityId(communityId));
    }

    /** The address as the register writes it, from a row of {@code householdPlace}. */
    private static String address(long householdId, Object[] place) {
        return new org.cocreate.community.HouseholdEntry(householdId, ((Number) place[1]).longValue(),
                (String) place[2], ((Number) place[3]).longValue(), (String) place[4], (String) place[5],
                (String) place[6]).address();
    }

    /**
     * Inserts an entry. The account lock already serialises calls with the same key for one resident; the
     * unique key only trips when a concurrent call used the key for another resident, which is refused.
     */
    private LedgerEntry post(LedgerEntry entry) {
        try {
            return entries.save(entry);
        } catch (DataIntegrityViolationException e) {
            if (entry.getIdempotencyKey() != null) {
                throw new PointsRefusedException(null, "points.idempotency.conflict");
            }
            throw e;
        }
    }

    private Optional<ScoringStandard> inEffect(long communityId, LocalDate date) {
        return standards.adoptedOnOrBefore(communityId, date, org.springframework.data.domain.PageRequest.of(0, 1))
                .stream().findFirst();
    }

    /** The tenant check: a resident of another community looks like one that does not exist. */
    private long communityOf(long residentId) {
        return accounts.communityOfResident(residentId)
                .filter(currentUser::canAccess)
                .orElseThrow(NotFoundException::new);
    }

    private PointAccount lockedAccount(long residentId, long communityId) {
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

    private void checkCaps(PointAccount account, ScoringRule rule, GrantCommand command) {
        if (rule.getDailyCap() != null) {
            long used = entries.quantityUnderRule(account.id(), rule.id(), command.date(), command.date());
            if (used + command.quantity() > rule.getDailyCap()) {
                throw new CapReachedException("points.cap.daily", rule.getName(), rule.getDailyCap(), used);
            }
        }
        if (rule.getMonthlyCap() != null) {
            LocalDate first = command.date().withDayOfMonth(1);
            long used = entries.quantityUnderRule(account.id(), rule.id(), first,
                    first.plusMonths(1).minusDays(1));
            if (used + command.quantity() > rule.getMonthlyCap()) {
                throw new CapReachedException("points.cap.monthly", rule.getName(), rule.getMonthlyCap(), used);
            }
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

    private static PostedEntry posted(LedgerEntry e, long residentId) {
        return new PostedEntry(e.id(), residentId, e.getKind(), e.getAmount(), e.getBalanceAfter(), e.getQuantity(),
                e.getOccurredOn(), e.getRuleId(), e.getStandardVersionId(), e.getReversesEntryId(),
                e.getIdempotencyKey());
    }

    private static @Nullable String checkedKey(@Nullable String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 80) {
            throw new PointsRefusedException(null, "points.idempotency.tooLong");
        }
        return key;
    }

    private static @Nullable String checkedText(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > 500) {
            throw new PointsRefusedException(field, "points.text.tooLong", 500);
        }
        return trimmed;
    }

    private static @Nullable String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
