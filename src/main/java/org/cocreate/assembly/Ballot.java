package org.cocreate.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A unit's ballot on an item: for, against or abstaining (or, in an election, the candidates marked), how it
 * was cast and by whom. One per unit and item; a later ballot replaces it (the audit trail keeps each).
 */
@Entity
@Table(name = "assembly_ballot")
class Ballot extends AbstractEntity {

    @Column(nullable = false)
    private long assemblyId;
    @Column(nullable = false)
    private long itemId;
    @Column(nullable = false)
    private long unitId;
    @Enumerated(EnumType.STRING)
    private Electorate.@Nullable Choice choice;
    /** An election's marked candidates, by their position on the ballot (0-based), comma-separated. */
    private @Nullable String marked;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BallotWay way;
    private @Nullable String recordedBy;
    @Column(nullable = false)
    private LocalDateTime recordedAt;

    protected Ballot() {
        this.way = BallotWay.WRITTEN;
        this.recordedAt = LocalDateTime.MIN;
    }

    Ballot(long assemblyId, long itemId, long unitId) {
        this.assemblyId = assemblyId;
        this.itemId = itemId;
        this.unitId = unitId;
        this.way = BallotWay.WRITTEN;
        this.recordedAt = LocalDateTime.MIN;
    }

    long getAssemblyId() { return assemblyId; }
    long getItemId() { return itemId; }
    long getUnitId() { return unitId; }
    Electorate.@Nullable Choice getChoice() { return choice; }
    BallotWay getWay() { return way; }
    @Nullable String getRecordedBy() { return recordedBy; }
    LocalDateTime getRecordedAt() { return recordedAt; }

    Set<Integer> getMarked() {
        return marked == null || marked.isEmpty() ? Set.of()
                : Arrays.stream(marked.split(",")).map(Integer::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The unit's vote, as cast now (replacing any before it). */
    void cast(Electorate.@Nullable Choice choice, Set<Integer> marked, BallotWay way, @Nullable String by,
            LocalDateTime at) {
        this.choice = choice;
        this.marked = marked.isEmpty() ? null
                : marked.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.way = way;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** What the audit trail keeps of it. */
    String describe() {
        return (choice == null ? "marked=" + (marked == null ? "" : marked) : "choice=" + choice) + ", way=" + way;
    }
}
