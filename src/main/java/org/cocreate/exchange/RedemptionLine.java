package org.cocreate.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One item of a redemption: how many, at which price. */
@Entity
@Immutable
@Table(name = "redemption_line")
public class RedemptionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(nullable = false)
    private long redemptionId;
    @Column(nullable = false)
    private long itemId;
    @Column(nullable = false)
    private int quantity;
    @Column(nullable = false)
    private long unitPrice;
    @Column(nullable = false)
    private long points;

    protected RedemptionLine() {
    }

    RedemptionLine(long redemptionId, long itemId, int quantity, long unitPrice) {
        this.redemptionId = redemptionId;
        this.itemId = itemId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.points = Math.multiplyExact(unitPrice, quantity);
    }

    public long getRedemptionId() { return redemptionId; }
    public long getItemId() { return itemId; }
    public int getQuantity() { return quantity; }
    public long getUnitPrice() { return unitPrice; }
    public long getPoints() { return points; }
}
