package org.cocreate.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cocreate.base.AbstractEntity;

/** 积分账户: one per resident. The balance is a cache of the sum of its ledger entries, kept in step by PointsService. */
@Entity
@Table(name = "point_account")
public class PointAccount extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private long residentId;

    @Column(nullable = false)
    private long communityId;

    @Column(nullable = false)
    private Points balance;

    protected PointAccount() {
        this.balance = Points.ZERO;
    }

    PointAccount(long residentId, long communityId) {
        this.residentId = residentId;
        this.communityId = communityId;
        this.balance = Points.ZERO;
    }

    public long getResidentId() { return residentId; }
    public long getCommunityId() { return communityId; }
    public Points getBalance() { return balance; }

    /** Applies a signed amount; refuses (changing nothing) what would make the balance negative. */
    Points apply(long amount) {
        this.balance = amount >= 0 ? balance.plus(Points.of(amount)) : balance.minus(Points.of(-amount));
        return balance;
    }
}
