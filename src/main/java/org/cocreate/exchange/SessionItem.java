package org.cocreate.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** An item on offer at a redemption day, with the day's limit per resident and the counts. */
@Entity
@Table(name = "session_item")
public class SessionItem extends AbstractEntity {

    @Column(nullable = false)
    private long sessionId;
    @Column(nullable = false)
    private long itemId;
    private @Nullable Integer dailyLimit;
    private int openingCount;
    private @Nullable Integer closingCount;

    protected SessionItem() {
    }

    SessionItem(long sessionId, long itemId, @Nullable Integer dailyLimit, int openingCount) {
        this.sessionId = sessionId;
        this.itemId = itemId;
        this.dailyLimit = dailyLimit;
        this.openingCount = openingCount;
    }

    public long getSessionId() { return sessionId; }
    public long getItemId() { return itemId; }
    public @Nullable Integer getDailyLimit() { return dailyLimit; }
    public int getOpeningCount() { return openingCount; }
    public @Nullable Integer getClosingCount() { return closingCount; }

    void closeWith(int counted) {
        this.closingCount = counted;
    }
}
