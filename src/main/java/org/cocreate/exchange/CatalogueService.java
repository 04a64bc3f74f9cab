package org.cocreate.exchange;

import static org.cocreate.exchange.ExchangeLimits.*;

import java.text.Collator;
import java.time.Clock;
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
import org.cocreate.base.Recorded;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of the exchange counter and its stock, which changes only through movements: items and
 * their pictures, receipts (bought or donated by a sponsor), stocktakes, write-offs, the movements of an
 * item, the stock check and the sponsor report. Redemption days take and return stock through
 * {@link #move} (see {@link RedemptionService}).
 */
@Service
public class CatalogueService {

    /** The exchange's checks of its input, shared with {@link RedemptionService}. */
    static final Checks CHECK = new Checks(ExchangeRefusedException::new);

    private final ExchangeItemRepository items;
    private final StockMovementRepository movements;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CatalogueService(ExchangeItemRepository items, StockMovementRepository movements, CurrentUser currentUser,
            AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.items = items;
        this.movements = movements;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

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
                "type=" + checked.contentType() + ", bytes=" + checked.content().length);
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
        CHECK.between("quantity", quantity, 1, QUANTITY_MAX, "exchange.quantity.invalid");
        String sponsorName = CHECK.optionalText("sponsor", sponsor, NAME_MAX, "exchange.text.tooLong");
        String noteText = CHECK.optionalText("note", note, TEXT_MAX, "exchange.text.tooLong");
        return move(lockedItem(itemId), MovementKind.RECEIPT, quantity, sponsorName, noteText, null, null);
    }

    /** A stocktake: the counted stock replaces the books, the difference recorded with the reason. */
    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public Optional<MovementLine> stocktake(long itemId, int counted, String reason) {
        CHECK.between("counted", counted, 0, QUANTITY_MAX, "exchange.count.invalid");
        ExchangeItem item = lockedItem(itemId);
        int difference = counted - item.getStock();
        if (difference == 0) {
            return Optional.empty();
        }
        // A difference needs its reason; books found right need none.
        return Optional.of(move(item, MovementKind.ADJUSTMENT, difference, null, reason("reason", reason), null,
                null));
    }

    @Transactional
    @PreAuthorize(ExchangeRoles.STAFF)
    public MovementLine writeOff(long itemId, int quantity, String reason) {
        CHECK.between("quantity", quantity, 1, QUANTITY_MAX, "exchange.quantity.invalid");
        String why = reason("reason", reason);
        return move(lockedItem(itemId), MovementKind.WRITE_OFF, -quantity, null, why, null, null);
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
        for (StockMovementRepository.ItemSum row : movements.sumsByItem(communityId)) {
            sums.put(row.itemId(), row.sum());
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
        for (StockMovementRepository.ItemSum row : movements.sumsByItemOfKinds(communityId,
                List.of(MovementKind.RECEIPT))) {
            received.put(row.itemId(), row.sum());
        }
        Map<Long, Long> redeemed = new HashMap<>();
        for (StockMovementRepository.ItemSum row : movements.sumsByItemOfKinds(communityId,
                List.of(MovementKind.REDEMPTION, MovementKind.RETURN))) {
            redeemed.put(row.itemId(), Math.max(0, -row.sum()));
        }
        List<StockMovementRepository.SponsorGiven> gifts = movements.sumsBySponsorAndItem(communityId,
                MovementKind.RECEIPT);
        Map<Long, ExchangeItem> byId = items.findByIdIn(gifts.stream()
                .map(StockMovementRepository.SponsorGiven::itemId).distinct().toList()).stream()
                .collect(Collectors.toMap(ExchangeItem::id, Function.identity()));
        List<SponsorGift> report = new ArrayList<>();
        for (StockMovementRepository.SponsorGiven row : gifts) {
            long itemId = row.itemId();
            long given = row.quantity();
            long total = received.getOrDefault(itemId, given);
            long share = total <= 0 ? 0 : Math.round((double) redeemed.getOrDefault(itemId, 0L) * given / total);
            ExchangeItem item = byId.get(itemId);
            report.add(new SponsorGift(row.sponsor(), itemId, item.getName(), item.getUnit(), given,
                    Math.min(given, share)));
        }
        // Sponsors by their names as a Chinese reader looks them up (pinyin), then their items.
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        report.sort(Comparator.comparing(SponsorGift::sponsor, collator)
                .thenComparing(SponsorGift::itemName, collator));
        return report;
    }

    // ---- inside (move and lockedItem are also used by RedemptionService) --------------------------------

    MovementLine move(ExchangeItem item, MovementKind kind, int quantity, @Nullable String sponsor,
            @Nullable String reason, @Nullable Long sessionId, @Nullable Long redemptionId) {
        int after = item.change(quantity);
        StockMovement movement = movements.save(new StockMovement(item, kind, quantity, after, sponsor, reason,
                sessionId, redemptionId, Recorded.now(clock)));
        // Listeners act after the commit (@TransactionalEventListener): a refused basket announces nothing.
        events.publishEvent(new StockChanged(item.getCommunityId(), item.id(), after));
        if (kind != MovementKind.REDEMPTION && kind != MovementKind.RETURN) {
            audit.record("STOCK_" + kind.name(), "exchange_item", item.id(), item.getCommunityId(), null,
                    "quantity=" + quantity + ", stock=" + after + ", sponsor=" + sponsor + ", reason=" + reason);
        }
        return MovementLine.of(movement);
    }


    private ExchangeItem item(long itemId) {
        return items.findById(itemId).filter(i -> currentUser.canAccess(i.getCommunityId()))
                .orElseThrow(NotFoundException::new);
    }

    ExchangeItem lockedItem(long itemId) {
        ExchangeItem item = items.lockById(itemId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(item.getCommunityId())) {
            throw new NotFoundException();
        }
        return item;
    }

    /** The item as the service accepts it, names stripped; refused field by field otherwise. */
    private static ItemDraft checked(ItemDraft draft) {
        ItemKind kind = CHECK.required("kind", draft.kind(), "exchange.item.kind.required");
        String name = CHECK.text("name", draft.name(), ITEM_NAME_MAX, "exchange.item.name.invalid");
        String unit = CHECK.text("unit", draft.unit(), UNIT_MAX, "exchange.item.unit.invalid");
        CHECK.between("price", draft.price() == null ? null : draft.price().value(), 1, PRICE_MAX,
                "exchange.item.price.invalid");
        CHECK.optionalBetween("dailyLimit", draft.dailyLimit(), 1, DAILY_LIMIT_MAX, "exchange.limit.invalid");
        CHECK.between("lowStockThreshold", draft.lowStockThreshold(), 0, QUANTITY_MAX, "exchange.count.invalid");
        return new ItemDraft(kind, name, unit, draft.price(), draft.dailyLimit(), draft.lowStockThreshold(),
                draft.active());
    }

    /** A reason that must be given (a stocktake's, a write-off's, a void's), of at most {@code TEXT_MAX}. */
    static String reason(String field, @Nullable String text) {
        CHECK.that(text != null && !text.isBlank(), field, "exchange.reason.required");
        return CHECK.text(field, text, TEXT_MAX, "exchange.text.tooLong");
    }
}
