package org.cocreate.exchange;

import static org.cocreate.exchange.CatalogueService.CHECK;
import static org.cocreate.exchange.ExchangeLimits.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.Recorded;
import org.cocreate.base.Actor;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.points.Points;
import org.cocreate.points.PointsService;
import org.cocreate.points.PostedEntry;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Redemption days and redemptions: opening a day with the items on offer and their counts, the resident at
 * the counter, redemptions that debit points, take stock and write the receipt in one transaction, or do
 * nothing, voids, closing with the counts, and the day's report. Locks are always taken in one order (the
 * resident's account, then items by id), so counters never deadlock one another. Stock moves through
 * {@link CatalogueService}.
 */
@Service
public class RedemptionService {


    private final ExchangeItemRepository items;
    private final StockMovementRepository movements;
    private final RedemptionSessionRepository sessions;
    private final SessionItemRepository sessionItems;
    private final RedemptionRepository redemptions;
    private final RedemptionLineRepository lines;
    private final CatalogueService catalogue;
    private final PointsService points;
    private final RegisterDirectory register;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RedemptionService(ExchangeItemRepository items, StockMovementRepository movements,
            RedemptionSessionRepository sessions, SessionItemRepository sessionItems, RedemptionRepository redemptions,
            RedemptionLineRepository lines, CatalogueService catalogue, PointsService points, RegisterDirectory register,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.items = items;
        this.movements = movements;
        this.sessions = sessions;
        this.sessionItems = sessionItems;
        this.redemptions = redemptions;
        this.lines = lines;
        this.catalogue = catalogue;
        this.points = points;
        this.register = register;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens a redemption day with the items on offer. An opening count that differs from the books is
     * recorded as an adjustment with its reason, so that the day starts from what is on the table.
     */
    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public SessionEntry openSession(long communityId, LocalDate date, String place, List<OfferedItem> offer) {
        currentUser.requireAccess(communityId);
        CHECK.required("date", date, "exchange.session.date.required");
        String checkedPlace = CHECK.text("place", place, NAME_MAX, "exchange.session.place.invalid");
        CHECK.notEmpty("offer", offer, "exchange.session.noItems");
        for (OfferedItem offered : offer) {
            CHECK.between("openingCount", offered.openingCount(), 0, QUANTITY_MAX, "exchange.count.invalid");
            CHECK.optionalBetween("dailyLimit", offered.dailyLimit(), 1, DAILY_LIMIT_MAX, "exchange.limit.invalid");
        }
        RedemptionSession session = sessions.save(new RedemptionSession(communityId, date, checkedPlace, Actor.current(),
                LocalDateTime.now(clock)));
        List<OfferedItem> sorted = offer.stream().sorted(Comparator.comparingLong(OfferedItem::itemId)).toList();
        long previous = -1;
        for (OfferedItem offered : sorted) {
            if (offered.itemId() == previous) {
                throw new ExchangeRefusedException("offer", "exchange.session.duplicateItem");
            }
            previous = offered.itemId();
            ExchangeItem item = catalogue.lockedItem(offered.itemId());
            if (item.getCommunityId() != communityId) {
                throw new NotFoundException();
            }
            Integer limit = offered.dailyLimit() != null ? offered.dailyLimit() : item.getDailyLimit();
            int difference = offered.openingCount() - item.getStock();
            if (difference != 0) {
                catalogue.move(item, MovementKind.ADJUSTMENT, difference, null,
                        CatalogueService.reason("reason", offered.reason()), session.id(), null);
            }
            sessionItems.save(new SessionItem(session.id(), item.id(), limit, offered.openingCount()));
        }
        audit.record("EXCHANGE_SESSION_OPENED", "redemption_session", session.id(), communityId, null,
                "date=" + date + ", place=" + checkedPlace + ", items=" + sorted.size());
        return entry(session);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public List<SessionEntry> sessions(long communityId) {
        currentUser.requireAccess(communityId);
        return sessions.findByCommunityIdOrderBySessionDateDescIdDesc(communityId).stream().map(this::entry).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public SessionEntry session(long sessionId) {
        return entry(session(sessionId, false));
    }

    /** A resident at the counter: their balance and how many of each item they may still take today. */
    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.COUNTER)
    public CounterResident atCounter(long sessionId, long residentId) {
        RedemptionSession session = session(sessionId, false);
        residentOf(session, residentId);
        Map<Long, Long> taken = new HashMap<>();
        for (RedemptionRepository.ItemTaken row : redemptions.takenByItem(sessionId, residentId)) {
            taken.put(row.itemId(), row.quantity());
        }
        Map<Long, Integer> remaining = new HashMap<>();
        for (SessionItem offered : sessionItems.findBySessionIdOrderById(sessionId)) {
            if (offered.getDailyLimit() != null) {
                remaining.put(offered.getItemId(), (int) Math.max(0,
                        offered.getDailyLimit() - taken.getOrDefault(offered.getItemId(), 0L)));
            }
        }
        return new CounterResident(residentId, points.balance(residentId).value(), remaining);
    }

    /**
     * Redeems a basket: the points are debited, the stock taken and the redemption with its lines written,
     * in one transaction, or nothing at all. The same idempotency key redeems once and returns the receipt.
     */
    @Transactional
    @PreAuthorize(ExchangeRoles.COUNTER)
    public Receipt redeem(RedeemCommand command) {
        String key = command.idempotencyKey() == null ? "" : command.idempotencyKey().trim();
        if (key.isEmpty() || key.length() > KEY_MAX) {
            throw new ExchangeRefusedException(null, "exchange.key.invalid");
        }
        Optional<Redemption> earlier = redemptions.findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            return sameResident(earlier.get(), command.residentId());
        }
        RedemptionSession session = session(command.sessionId(), false);
        if (!session.isOpen()) {
            throw new ExchangeRefusedException(null, "exchange.session.closed");
        }
        residentOf(session, command.residentId());
        Map<Long, Integer> basket = basket(command.lines());
        Map<Long, SessionItem> offer = sessionItems.findBySessionIdOrderById(session.id()).stream()
                .collect(Collectors.toMap(SessionItem::getItemId, Function.identity()));
        Map<Long, Long> prices = new HashMap<>();
        for (ExchangeItemRepository.ItemPrice row : items.prices(basket.keySet())) {
            if (row.active()) {
                prices.put(row.itemId(), row.price().value());
            }
        }
        long total = 0;
        for (var line : basket.entrySet()) {
            Long price = prices.get(line.getKey());
            if (price == null || !offer.containsKey(line.getKey())) {
                throw new ExchangeRefusedException(null, "exchange.item.notOffered");
            }
            total = Math.addExact(total, Math.multiplyExact(price, line.getValue()));
        }
        // The debit locks the resident's account until the end: two counters serving the same resident wait
        // for each other here, so the day's limits below are read on what the other one committed.
        PostedEntry debit = points.debit(command.residentId(), Points.of(total), "exchange", "redeem:" + key);
        earlier = redemptions.findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            // The same basket, sent twice at once: the first one redeemed it while this one waited.
            return sameResident(earlier.get(), command.residentId());
        }
        Redemption redemption = saveRedemption(new Redemption(session, command.residentId(), total, debit.entryId(),
                debit.balanceAfter().value(), key, CHECK.optionalText("counterName", command.counterName(), COUNTER_NAME_MAX, "exchange.text.tooLong"),
                Recorded.now(clock)));
        for (var line : basket.entrySet()) {
            ExchangeItem item = catalogue.lockedItem(line.getKey());
            if (item.getPrice().value() != prices.get(line.getKey()) || !item.isActive()) {
                throw new ExchangeRefusedException(null, "exchange.price.changed", item.getName());
            }
            Integer limit = offer.get(item.id()).getDailyLimit();
            if (limit != null) {
                long taken = redemptions.takenAtSession(session.id(), command.residentId(), item.id());
                if (taken + line.getValue() > limit) {
                    throw new DailyLimitException(item.getName(), limit, (int) taken, item.getUnit());
                }
            }
            catalogue.move(item, MovementKind.REDEMPTION, -line.getValue(), null, null, session.id(), redemption.id());
            lines.save(new RedemptionLine(redemption.id(), item.id(), line.getValue(), item.getPrice().value()));
        }
        // The closing locks every item of the day before it counts them and marks the day closed. Holding this
        // basket's item locks, the redemption either went first (and the closing counts what it took) or the
        // closing committed first, and the day, read again, is closed: no redemption lands after a closing.
        if (sessions.committedStatus(session.id()) != SessionStatus.OPEN) {
            throw new ExchangeRefusedException(null, "exchange.session.closed");
        }
        audit.record("EXCHANGE_REDEEMED", "redemption", redemption.id(), session.getCommunityId(), null,
                "resident=" + command.residentId() + ", residentName="
                        + register.residentNames(List.of(command.residentId())).get(command.residentId())
                        + ", points=" + total + ", basket=" + basket);
        return receipt(redemption);
    }

    /**
     * Voids a redemption of today, with the reason: the points come back (a reversal of the debit) and the
     * goods go back on the shelf (return movements). An admin, or the one who opened the day, may do it.
     */
    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public Receipt voidRedemption(long redemptionId, String reason) {
        Redemption redemption = redemptions.findById(redemptionId)
                .filter(r -> currentUser.canAccess(r.getCommunityId())).orElseThrow(NotFoundException::new);
        RedemptionSession session = session(redemption.getSessionId(), false);
        String actor = Actor.current();
        if (!currentUser.has(Role.ADMIN) && (actor == null || !actor.equals(session.getOpenedBy()))) {
            throw new ExchangeRefusedException(null, "exchange.void.notAllowed");
        }
        if (!redemption.getCreatedAt().toLocalDate().equals(LocalDate.now(clock))) {
            throw new ExchangeRefusedException(null, "exchange.void.sameDay");
        }
        String why = CatalogueService.reason("reason", reason);
        redemption.voided(why, actor, LocalDateTime.now(clock));
        points.reverse(redemption.getLedgerEntryId(), why);
        List<RedemptionLine> taken = lines.findByRedemptionIdOrderById(redemption.id()).stream()
                .sorted(Comparator.comparingLong(RedemptionLine::getItemId)).toList();
        for (RedemptionLine line : taken) {
            catalogue.move(catalogue.lockedItem(line.getItemId()), MovementKind.RETURN, line.getQuantity(), null, why,
                    session.id(), redemption.id());
        }
        audit.record("EXCHANGE_VOIDED", "redemption", redemption.id(), redemption.getCommunityId(), null,
                "reason=" + why);
        return receipt(redemption);
    }

    /** The receipts of a redemption day, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public List<Receipt> receipts(long sessionId) {
        session(sessionId, false);
        return redemptions.findBySessionIdOrderById(sessionId).reversed().stream().map(this::receipt).toList();
    }

    /**
     * Closes a redemption day with the closing count of every item on offer: each difference to the books
     * is recorded as an adjustment with its reason. Returns the day's report.
     */
    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public SessionReport closeSession(long sessionId, List<ClosingCount> counts) {
        RedemptionSession session = session(sessionId, true);
        if (!session.isOpen()) {
            throw new ExchangeRefusedException(null, "exchange.session.closed");
        }
        Map<Long, ClosingCount> byItem = new HashMap<>();
        counts.forEach(count -> byItem.put(count.itemId(), count));
        for (SessionItem offered : sessionItems.findBySessionIdOrderById(sessionId).stream()
                .sorted(Comparator.comparingLong(SessionItem::getItemId)).toList()) {
            ClosingCount count = byItem.get(offered.getItemId());
            if (count == null || count.counted() < 0) {
                throw new ExchangeRefusedException("counted", "exchange.session.countMissing");
            }
            CHECK.between("counted", count.counted(), 0, QUANTITY_MAX, "exchange.count.invalid");
            ExchangeItem item = catalogue.lockedItem(offered.getItemId());
            int difference = count.counted() - item.getStock();
            if (difference != 0) {
                catalogue.move(item, MovementKind.ADJUSTMENT, difference, null,
                        CatalogueService.reason("reason", count.reason()), sessionId, null);
            }
            offered.closeWith(count.counted());
        }
        session.close(Actor.current(), LocalDateTime.now(clock));
        audit.record("EXCHANGE_SESSION_CLOSED", "redemption_session", sessionId, session.getCommunityId(), null,
                "counts=" + counts.size());
        return report(session);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public SessionReport report(long sessionId) {
        return report(session(sessionId, false));
    }

    // ---- inside ----------------------------------------------------------------------------------------

    private SessionReport report(RedemptionSession session) {
        SessionEntry entry = entry(session);
        Map<Long, int[]> perItem = new HashMap<>();
        for (StockMovement m : movements.findBySessionIdOrderById(session.id())) {
            int[] sums = perItem.computeIfAbsent(m.getItemId(), id -> new int[3]);
            switch (m.getKind()) {
                case REDEMPTION -> sums[0] -= m.getQuantity();
                case RETURN -> sums[1] += m.getQuantity();
                default -> sums[2] += m.getQuantity();
            }
        }
        List<SessionReport.ItemLine> itemLines = new ArrayList<>();
        for (SessionOffer offer : entry.offer()) {
            int[] sums = perItem.getOrDefault(offer.itemId(), new int[3]);
            // Adjustments at opening are already in the opening count; those at closing are not expected.
            int expected = offer.openingCount() - sums[0] + sums[1];
            itemLines.add(new SessionReport.ItemLine(offer.itemId(), offer.name(), offer.unit(), offer.openingCount(),
                    sums[0], sums[1], sums[2], expected, offer.closingCount()));
        }
        List<Redemption> done = redemptions.findBySessionIdOrderById(session.id()).stream()
                .filter(r -> r.getStatus() == RedemptionStatus.DONE).toList();
        Map<Long, Integer> itemsPerRedemption = new HashMap<>();
        if (!done.isEmpty()) {
            lines.findByRedemptionIdIn(done.stream().map(Redemption::id).toList())
                    .forEach(l -> itemsPerRedemption.merge(l.getRedemptionId(), l.getQuantity(), Integer::sum));
        }
        return new SessionReport(entry, itemLines,
                served(done, r -> r.getCounterName() == null ? "" : r.getCounterName(), itemsPerRedemption),
                served(done, r -> r.getCreatedBy() == null ? "" : r.getCreatedBy(), itemsPerRedemption),
                done.stream().map(Redemption::getResidentId).distinct().count(),
                done.stream().mapToLong(Redemption::getPoints).sum());
    }

    private static List<SessionReport.ServedLine> served(List<Redemption> done, Function<Redemption, String> who,
            Map<Long, Integer> itemsPerRedemption) {
        Map<String, List<Redemption>> grouped = done.stream()
                .collect(Collectors.groupingBy(who, java.util.TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(e -> new SessionReport.ServedLine(e.getKey(),
                e.getValue().stream().map(Redemption::getResidentId).distinct().count(),
                e.getValue().stream().mapToLong(r -> itemsPerRedemption.getOrDefault(r.id(), 0)).sum(),
                e.getValue().stream().mapToLong(Redemption::getPoints).sum())).toList();
    }

    private SessionEntry entry(RedemptionSession session) {
        List<SessionItem> offered = sessionItems.findBySessionIdOrderById(session.id());
        Map<Long, ExchangeItem> byId = items.findByIdIn(offered.stream().map(SessionItem::getItemId).toList())
                .stream().collect(Collectors.toMap(ExchangeItem::id, Function.identity()));
        List<SessionOffer> offer = offered.stream().map(o -> {
            ExchangeItem item = byId.get(o.getItemId());
            return new SessionOffer(item.id(), item.getKind(), item.getName(), item.getUnit(),
                    item.getPrice().value(), item.getStock(), o.getDailyLimit(),
                    item.getStock() <= item.getLowStockThreshold(), item.hasPicture(), o.getOpeningCount(),
                    o.getClosingCount());
        }).sorted(Comparator.comparing(SessionOffer::kind).thenComparing(SessionOffer::name)).toList();
        return new SessionEntry(session.id(), session.getCommunityId(), session.getSessionDate(), session.getPlace(),
                session.getStatus(), session.getOpenedBy(), session.getOpenedAt(), session.getClosedBy(),
                session.getClosedAt(), offer);
    }

    private Receipt receipt(Redemption redemption) {
        List<RedemptionLine> found = lines.findByRedemptionIdOrderById(redemption.id());
        Map<Long, ExchangeItem> byId = items.findByIdIn(found.stream().map(RedemptionLine::getItemId).toList())
                .stream().collect(Collectors.toMap(ExchangeItem::id, Function.identity()));
        RedemptionSession session = sessions.findById(redemption.getSessionId()).orElseThrow(NotFoundException::new);
        return new Receipt(redemption.id(), session.id(), session.getPlace(), redemption.getResidentId(),
                found.stream().map(l -> new Receipt.ReceiptLine(l.getItemId(), byId.get(l.getItemId()).getName(),
                        byId.get(l.getItemId()).getUnit(), l.getQuantity(), l.getUnitPrice(), l.getPoints()))
                        .toList(),
                redemption.getPoints(), redemption.getBalanceAfter(), redemption.getStatus(), redemption.getCounterName(),
                redemption.getCreatedBy(), redemption.getCreatedAt());
    }

    private Receipt sameResident(Redemption earlier, long residentId) {
        if (earlier.getResidentId() != residentId || !currentUser.canAccess(earlier.getCommunityId())) {
            throw new ExchangeRefusedException(null, "exchange.key.conflict");
        }
        return receipt(earlier);
    }

    private Redemption saveRedemption(Redemption redemption) {
        try {
            return redemptions.save(redemption);
        } catch (DataIntegrityViolationException raced) {
            throw new ExchangeRefusedException(null, "exchange.key.conflict");
        }
    }

    private static Map<Long, Integer> basket(List<BasketLine> lines) {
        Map<Long, Integer> basket = new java.util.TreeMap<>();
        for (BasketLine line : lines) {
            CHECK.between("quantity", line.quantity(), 0, BASKET_QUANTITY_MAX, "exchange.quantity.invalid");
            if (line.quantity() > 0) {
                basket.merge(line.itemId(), line.quantity(), Integer::sum);
            }
        }
        if (basket.isEmpty()) {
            throw new ExchangeRefusedException(null, "exchange.basket.empty");
        }
        return basket;
    }

    private void residentOf(RedemptionSession session, long residentId) {
        long community = register.communityOfResident(residentId).orElseThrow(NotFoundException::new);
        if (community != session.getCommunityId()) {
            throw new NotFoundException();
        }
    }

    private RedemptionSession session(long sessionId, boolean forUpdate) {
        return (forUpdate ? sessions.lockById(sessionId) : sessions.findById(sessionId))
                .filter(s -> currentUser.canAccess(s.getCommunityId()))
                .orElseThrow(NotFoundException::new);
    }


}
