package org.cocreate.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A share a compound's covenant asks of its owners' assemblies beyond article 278: who must take part
 * ({@link #PARTICIPATION}) or the majority of one matter. A share left to the law has no row.
 */
@Entity
@Table(name = "assembly_covenant")
class CovenantThreshold extends AbstractEntity {

    /** The subject of the share of area and heads that must take part; the others are the matters' names. */
    static final String PARTICIPATION = "PARTICIPATION";

    @Column(nullable = false)
    private long communityId;
    @Column(nullable = false)
    private long compoundId;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String threshold;
    private @Nullable String setBy;
    @Column(nullable = false)
    private LocalDateTime setAt;

    protected CovenantThreshold() {
        this.subject = "";
        this.threshold = "";
        this.setAt = LocalDateTime.MIN;
    }

    CovenantThreshold(long communityId, long compoundId, String subject) {
        this.communityId = communityId;
        this.compoundId = compoundId;
        this.subject = subject;
        this.threshold = "";
        this.setAt = LocalDateTime.MIN;
    }

    String getSubject() { return subject; }

    Threshold getThreshold() {
        return Threshold.ofCode(threshold);
    }

    void set(Threshold share, @Nullable String by, LocalDateTime at) {
        this.threshold = share.code();
        this.setBy = by;
        this.setAt = at;
    }
}
