package org.cocreate.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.cocreate.points.Points;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue item. Its stock is a cache of the sum of its movements, changed only together with a new
 * movement while the row is locked, and never below zero.
 */
@Entity
@Table(name = "exchange_item")
public class ExchangeItem extends AbstractEntity {

    @Column(nullable = false)
    private long communityId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String unit;
    @Column(nullable = false)
    private Points price;
    private @Nullable Integer dailyLimit;
    private int lowStockThreshold;
    private boolean active;
    private int stock;
    private @Nullable String pictureType;
    @jakarta.persistence.Basic(fetch = jakarta.persistence.FetchType.LAZY)
    private byte @Nullable [] picture;

    protected ExchangeItem() {
        this.kind = ItemKind.GOODS;
        this.name = "";
        this.unit = "";
        this.price = Points.ZERO;
    }

    ExchangeItem(long communityId, ItemDraft draft) {
        this.communityId = communityId;
        this.kind = draft.kind();
        this.name = draft.name();
        this.unit = draft.unit();
        this.price = draft.price();
        update(draft);
    }

    public long getCommunityId() { return communityId; }
    public ItemKind getKind() { return kind; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public Points getPrice() { return price; }
    public @Nullable Integer getDailyLimit() { return dailyLimit; }
    public int getLowStockThreshold() { return lowStockThreshold; }
    public boolean isActive() { return active; }
    public int getStock() { return stock; }
    public boolean hasPicture() { return pictureType != null; }

    void update(ItemDraft draft) {
        this.kind = draft.kind();
        this.name = draft.name();
        this.unit = draft.unit();
        this.price = draft.price();
        this.dailyLimit = draft.dailyLimit();
        this.lowStockThreshold = draft.lowStockThreshold();
        this.active = draft.active();
    }

    void setPicture(String contentType, byte[] content) {
        this.pictureType = contentType;
        this.picture = content.clone();
    }

    @Nullable Picture picture() {
        return pictureType == null || picture == null ? null : new Picture(pictureType, picture.clone());
    }

    /** Applies a signed change of stock; refuses (changing nothing) what would leave less than nothing. */
    int change(int quantity) {
        if (stock + quantity < 0) {
            throw new OutOfStockException(name, stock, -quantity, unit);
        }
        stock += quantity;
        return stock;
    }

    ItemDraft toDraft() {
        return new ItemDraft(kind, name, unit, price, dailyLimit, lowStockThreshold, active);
    }
}
