package org.cocreate.exchange;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.DeviceInfo;
import org.cocreate.base.NotFoundException;
import org.cocreate.points.Points;
import org.cocreate.points.PointsService;
import org.cocreate.points.PostedEntry;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange counter: the catalogue, stock that changes only through movements, redemption days, and
 * redemptions that debit points, take stock and write the receipt in one transaction, or do nothing.
 * Locks are always taken in one order (the resident's account, then items by id), so counters never
 * deadlock one another.
 */
@Service
public class ExchangeService {

    private static final int TEXT_MAX = 500;
    private static final int MAX_QUANTITY = 99;

    private final ExchangeItemRepository items;
    private final StockMovementRepository movements;
    private final RedemptionSessionRepository sessions;
    private final SessionItemRepository sessionItems;
    private final RedemptionRepository redemptions;
    private final RedemptionLineRepository lines;
    private final PointsService points;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107")
    ExchangeService(ExchangeItemRepository items, StockMovementRepository movements,
            RedemptionSessionRepository sessions, SessionItemRepository sessionItems, RedemptionRepository redemptions,
            RedemptionLineRepository lines, PointsService points, CurrentUser currentUser, AuditTrail audit,
            Clock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.movements = movements;
        this.sessions = sessions;
        this.sessionItems = sessionItems;
        this.redemptions = redemptions;
        this.lines = lines;
        this.points = points;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    // ---- Catalogue and stock ------------------------------------------------------------------------

    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public List<CatalogueItem> catalogue(long communityId) {
        currentUser.requireAccess(communityId);
        return items.findByCommunityIdOrderByKindAscNameAsc(communityId).stream().map(CatalogueItem::of).toList();
    }

    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public CatalogueItem createItem(long communityId, ItemDraft draft) {
        currentUser.requireAccess(communityId);
        ItemDraft checked = checked(draft);
        if (items.existsByCommunityIdAndName(communityId, checked.name())) {
            throw new ExchangeRefusedException("name", "exchange.item.nameTaken", checked.name());
        }
        ExchangeItem item = items.save(new ExchangeItem(communityId, checked));
        audit.record("EXCHANGE_ITEM_CREATED", "exchange_item", item.id(), communityId, null, checked.toString());
        return CatalogueItem.of(item);
    }

    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public CatalogueItem updateItem(long itemId, ItemDraft draft) {
        ExchangeItem item = item(itemId);
        ItemDraft checked = checked(draft);
        if (!checked.name().equals(item.getName())
                && items.existsByCommunityIdAndName(item.getCommunityId(), checked.name())) {
            throw new ExchangeRefusedException("name", "exchange.item.nameTaken", checked.name());
        }
        String before = item.toDraft().toString();
        item.update(checked);
        audit.record("EXCHANGE_ITEM_UPDATED", "exchange_item", item.id(), item.getCommunityId(), before,
                checked.toString());
        return CatalogueItem.of(item);
    }

    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public void setPicture(long itemId, Picture picture) {
        ExchangeItem item = item(itemId);
        Picture checked = picture.checked();
        item.setPicture(checked.contentType(), checked.content());
        audit.record("EXCHANGE_ITEM_PICTURE", "exchange_item", item.id(), item.getCommunityId(), null,
                checked.contentType() + ", " + checked.content().length + " bytes");
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public Optional<Picture> picture(long itemId) {
        return Optional.ofNullable(item(itemId).picture());
    }

    /** Goods received: bought, or donated by a sponsor (named). */
    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public MovementLine receive(long itemId, int quantity, @Nullable String sponsor, @Nullable String note) {
        if (quantity < 1 || quantity > 100_000) {
            throw new ExchangeRefusedException("quantity", "exchange.quantity.invalid", 100_000);
        }
        return move(lockedItem(itemId), MovementKind.RECEIPT, quantity, text(sponsor, "sponsor", 100),
                text(note, "note", TEXT_MAX), null, null);
    }

    /** A stocktake: the counted stock replaces the books, the difference recorded with the reason. */
    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public Optional<MovementLine> stocktake(long itemId, int counted, String reason) {
        if (counted < 0) {
            throw new ExchangeRefusedException("counted", "exchange.count.invalid");
        }
        ExchangeItem item = lockedItem(itemId);
        int difference = counted - item.getStock();
        if (difference == 0) {
            return Optional.empty();
        }
        return Optional.of(move(item, MovementKind.ADJUSTMENT, difference, null, required(reason, "reason"), null,
                null));
    }

    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public MovementLine writeOff(long itemId, int quantity, String reason) {
        if (quantity < 1) {
            throw new ExchangeRefusedException("quantity", "exchange.quantity.invalid", 100_000);
        }
        return move(lockedItem(itemId), MovementKind.WRITE_OFF, -quantity, null, required(reason, "reason"), null,
                null);
    }

    /** The item's movements, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public List<MovementLine> movements(long itemId, int offset, int limit) {
        item(itemId);
        int size = Math.clamp(limit, 1, 500);
        return movements.findByItemIdOrderByIdDesc(itemId, PageRequest.of(Math.max(0, offset) / size, size)).stream()
                .map(MovementLine::of).toList();
    }

    /** Items of the community whose stock differs from the sum of their movements (should be none). */
    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public Map<Long, Integer> stockCheck(long communityId) {
        currentUser.requireAccess(communityId);
        Map<Long, Long> sums = new HashMap<>();
        for (Object[] row : movements.sumsByItem(communityId)) {
            sums.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, Integer> differences = new LinkedHashMap<>();
        for (ExchangeItem item : items.findByCommunityIdOrderByKindAscNameAsc(communityId)) {
            long sum = sums.getOrDefault(item.id(), 0L);
            if (sum != item.getStock()) {
                differences.put(item.id(), (int) (item.getStock() - sum));
            }
        }
        return differences;
    }

    // ---- Redemption days -----------------------------------------------------------------------------

    /**
     * Opens a redemption day with the items on offer. An opening count that differs from the books is
     * recorded as an adjustment with its reason, so that the day starts from what is on the table.
     */
    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public SessionEntry openSession(long communityId, LocalDate date, String place, List<OfferedItem> offer) {
        currentUser.requireAccess(communityId);
        String checkedPlace = required(place, "place");
        if (checkedPlace.length() > 100) {
            throw new ExchangeRefusedException("place", "exchange.text.tooLong", 100);
        }
        if (offer.isEmpty()) {
            throw new ExchangeRefusedException("offer", "exchange.session.noItems");
        }
        RedemptionSession session = sessions.save(new RedemptionSession(communityId, date, checkedPlace, actor(),
                LocalDateTime.now(clock)));
        List<OfferedItem> sorted = offer.stream().sorted(Comparator.comparingLong(OfferedItem::itemId)).toList();
        long previous = -1;
        for (OfferedItem offered : sorted) {
            if (offered.itemId() == previous) {
                throw new ExchangeRefusedException("offer", "exchange.session.duplicateItem");
            }
            previous = offered.itemId();
            ExchangeItem item = lockedItem(offered.itemId());
            if (item.getCommunityId() != communityId) {
                throw new NotFoundException();
            }
            if (offered.openingCount() < 0) {
                throw new ExchangeRefusedException("openingCount", "exchange.count.invalid");
            }
            Integer limit = offered.dailyLimit() != null ? offered.dailyLimit() : item.getDailyLimit();
            if (limit != null && limit < 1) {
                throw new ExchangeRefusedException("dailyLimit", "exchange.limit.invalid");
            }
            int difference = offered.openingCount() - item.getStock();
            if (difference != 0) {
                move(item, MovementKind.ADJUSTMENT, difference, null, required(offered.reason(), "reason"),
                        session.id(), null);
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
        for (Object[] row : redemptions.takenByItem(sessionId, residentId)) {
            taken.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
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
        if (key.isEmpty() || key.length() > 80) {
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
        for (Object[] row : items.prices(basket.keySet())) {
            if (Boolean.TRUE.equals(row[2])) {
                prices.put(((Number) row[0]).longValue(), ((Points) row[1]).value());
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
                debit.balanceAfter().value(), key, text(command.counterName(), "counterName", 50), actor(), LocalDateTime.now(clock),
                DeviceInfo.current()));
        for (var line : basket.entrySet()) {
            ExchangeItem item = lockedItem(line.getKey());
            if (item.getPrice().value() != prices.get(line.getKey()) || !item.isActive()) {
                throw new ExchangeRefusedException(null, "exchange.price.changed", item.getName());
            }
            Integer limit = offer.get(item.id()).getDailyLimit();
            if (limit != null) {
                long taken = redemptions.takenAtSession(session.id(), command.residentId(), item.id());
                if (taken + line.getValue() > limit) {
                    throw new DailyLimitException(item.getName(), limit, (int) taken);
                }
            }
            move(item, MovementKind.REDEMPTION, -line.getValue(), null, null, session.id(), redemption.id());
            lines.save(new RedemptionLine(redemption.id(), item.id(), line.getValue(), item.getPrice().value()));
        }
        // The closing locks every item of the day before it counts them and marks the day closed. Holding this
        // basket's item locks, the redemption either went first (and the closing counts what it took) or the
        // closing committed first, and the day, read again, is closed: no redemption lands after a closing.
        if (sessions.committedStatus(session.id()) != SessionStatus.OPEN) {
            throw new ExchangeRefusedException(null, "exchange.session.closed");
        }
        audit.record("EXCHANGE_REDEEMED", "redemption", redemption.id(), session.getCommunityId(), null,
                "resident=" + command.residentId() + ", points=" + total + ", basket=" + basket);
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
        String actor = actor();
        if (!currentUser.has(Role.ADMIN) && (actor == null || !actor.equals(session.getOpenedBy()))) {
            throw new ExchangeRefusedException(null, "exchange.void.notAllowed");
        }
        if (!redemption.getCreatedAt().toLocalDate().equals(LocalDate.now(clock))) {
            throw new ExchangeRefusedException(null, "exchange.void.sameDay");
        }
        String why = required(reason, "reason");
        redemption.voided(why, actor, LocalDateTime.now(clock));
        points.reverse(redemption.getLedgerEntryId(), why);
        List<RedemptionLine> taken = lines.findByRedemptionIdOrderById(redemption.id()).stream()
                .sorted(Comparator.comparingLong(RedemptionLine::getItemId)).toList();
        for (RedemptionLine line : taken) {
            move(lockedItem(line.getItemId()), MovementKind.RETURN, line.getQuantity(), null, why, session.id(),
                    redemption.id());
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
            ExchangeItem item = lockedItem(offered.getItemId());
            int difference = count.counted() - item.getStock();
            if (difference != 0) {
                move(item, MovementKind.ADJUSTMENT, difference, null, required(count.reason(), "reason"),
                        sessionId, null);
            }
            offered.closeWith(count.counted());
        }
        session.close(actor(), LocalDateTime.now(clock));
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
            if (line.quantity() < 0 || line.quantity() > MAX_QUANTITY) {
                throw new ExchangeRefusedException("quantity", "exchange.quantity.invalid", MAX_QUANTITY);
            }
            if (line.quantity() > 0) {
                basket.merge(line.itemId(), line.quantity(), Integer::sum);
            }
        }
        if (basket.isEmpty()) {
            throw new ExchangeRefusedException(null, "exchange.basket.empty");
        }
        return basket;
    }

    private MovementLine move(ExchangeItem item, MovementKind kind, int quantity, @Nullable String sponsor,
            @Nullable String reason, @Nullable Long sessionId, @Nullable Long redemptionId) {
        int after = item.change(quantity);
        StockMovement movement = movements.save(new StockMovement(item, kind, quantity, after, sponsor, reason,
                sessionId, redemptionId, actor(), LocalDateTime.now(clock), DeviceInfo.current()));
        // Listeners act after the commit (@TransactionalEventListener): a refused basket announces nothing.
        events.publishEvent(new StockChanged(item.getCommunityId(), item.id(), after));
        if (kind != MovementKind.REDEMPTION && kind != MovementKind.RETURN) {
            audit.record("STOCK_" + kind.name(), "exchange_item", item.id(), item.getCommunityId(), null,
                    "quantity=" + quantity + ", stock=" + after + ", sponsor=" + sponsor + ", reason=" + reason);
        }
        return MovementLine.of(movement);
    }

    private void residentOf(RedemptionSession session, long residentId) {
        long community = sessions.communityOfResident(residentId).orElseThrow(NotFoundException::new);
        if (community != session.getCommunityId()) {
            throw new NotFoundException();
        }
    }

    private RedemptionSession session(long sessionId, boolean forUpdate) {
        return (forUpdate ? sessions.lockById(sessionId) : sessions.findById(sessionId))
                .filter(s -> currentUser.canAccess(s.getCommunityId()))
                .orElseThrow(NotFoundException::new);
    }

    private ExchangeItem item(long itemId) {
        return items.findById(itemId).filter(i -> currentUser.canAccess(i.getCommunityId()))
                .orElseThrow(NotFoundException::new);
    }

    private ExchangeItem lockedItem(long itemId) {
        ExchangeItem item = items.lockById(itemId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(item.getCommunityId())) {
            throw new NotFoundException();
        }
        return item;
    }

    private static ItemDraft checked(ItemDraft draft) {
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > 100) {
            throw new ExchangeRefusedException("name", "exchange.item.name.invalid", 100);
        }
        String unit = draft.unit() == null ? "" : draft.unit().trim();
        if (unit.isEmpty() || unit.length() > 20) {
            throw new ExchangeRefusedException("unit", "exchange.item.unit.invalid", 20);
        }
        if (draft.price() == null || draft.price().isZero()) {
            throw new ExchangeRefusedException("price", "exchange.item.price.invalid");
        }
        if (draft.dailyLimit() != null && draft.dailyLimit() < 1) {
            throw new ExchangeRefusedException("dailyLimit", "exchange.limit.invalid");
        }
        if (draft.lowStockThreshold() < 0) {
            throw new ExchangeRefusedException("lowStockThreshold", "exchange.count.invalid");
        }
        return new ItemDraft(draft.kind(), name, unit, draft.price(), draft.dailyLimit(), draft.lowStockThreshold(),
                draft.active());
    }

    private static String required(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ExchangeRefusedException(field, "exchange.reason.required");
        }
        String trimmed = text.trim();
        if (trimmed.length() > TEXT_MAX) {
            throw new ExchangeRefusedException(field, "exchange.text.tooLong", TEXT_MAX);
        }
        return trimmed;
    }

    private static @Nullable String text(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.length() > max) {
            throw new ExchangeRefusedException(field, "exchange.text.tooLong", max);
        }
        return trimmed;
    }

    private static @Nullable String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    // ---- Sponsors ------------------------------------------------------------------------------------

    /**
     * What each sponsor gave, per item, and how much of it has been redeemed. Goods on a shelf carry no
     * name, so an item's redemptions (less what was returned) are shared among its receipts in proportion
     * to their quantities: a sponsor who gave 40 of 100 received has 40 % of the redeemed counted, never
     * more than they gave.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(ExchangeRoles.READ)
    public List<SponsorGift> sponsorReport(long communityId) {
        currentUser.requireAccess(communityId);
        Map<Long, Long> received = new HashMap<>();
        for (Object[] row : movements.sumsByItemOfKinds(communityId, List.of(MovementKind.RECEIPT))) {
            received.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<Long, Long> redeemed = new HashMap<>();
        for (Object[] row : movements.sumsByItemOfKinds(communityId,
                List.of(MovementKind.REDEMPTION, MovementKind.RETURN))) {
            redeemed.put(((Number) row[0]).longValue(), Math.max(0, -((Number) row[1]).longValue()));
        }
        List<Object[]> gifts = movements.sumsBySponsorAndItem(communityId, MovementKind.RECEIPT);
        Map<Long, ExchangeItem> byId = items.findByIdIn(gifts.stream().map(r -> ((Number) r[1]).longValue())
                .distinct().toList()).stream().collect(Collectors.toMap(ExchangeItem::id, Function.identity()));
        List<SponsorGift> report = new ArrayList<>();
        for (Object[] row : gifts) {
            long itemId = ((Number) row[1]).longValue();
            long given = ((Number) row[2]).longValue();
            long total = received.getOrDefault(itemId, given);
            long share = total <= 0 ? 0 : Math.round((double) redeemed.getOrDefault(itemId, 0L) * given / total);
            ExchangeItem item = byId.get(itemId);
            report.add(new SponsorGift((String) row[0], itemId, item.getName(), item.getUnit(), given,
                    Math.min(given, share)));
        }
        // Sponsors by their names as a Chinese reader looks them up (pinyin), then their items.
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        report.sort(Comparator.comparing(SponsorGift::sponsor, collator)
                .thenComparing(SponsorGift::itemName, collator));
        return report;
    }
}
