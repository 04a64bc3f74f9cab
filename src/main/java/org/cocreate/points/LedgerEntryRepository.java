package org.cocreate.points;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The ledger is append-only: this repository can insert and read, and nothing else. */
interface LedgerEntryRepository extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    Optional<LedgerEntry> findById(long id);

    Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey);

    boolean existsByReversesEntryId(long reversesEntryId);

    List<LedgerEntry> findByAccountIdAndCreated_AtGreaterThanEqualAndCreated_AtLessThanOrderById(long accountId,
            LocalDateTime from, LocalDateTime to);

    Optional<LedgerEntry> findFirstByAccountIdAndCreated_AtLessThanOrderByIdDesc(long accountId, LocalDateTime before);

    /**
     * Times (or hours) granted to the account in a period under every version of a rule (its lineage), not
     * counting reversed grants.
     */
    @Query("""
            select coalesce(sum(e.quantity), 0) from LedgerEntry e
            where e.accountId = :accountId and e.occurredOn between :from and :to
              and e.ruleId in (select r.id from ScoringRule r where r.id = :lineageId or r.lineageId = :lineageId)
              and not exists (select r.id from LedgerEntry r where r.reversesEntryId = e.id)
            """)
    long quantityUnderLineage(long accountId, long lineageId, LocalDate from, LocalDate to);

    /** An account's id and the sum of its entries. */
    record AccountSum(long accountId, long sum) {
    }

    /** Per account of the community: account id and the sum of its entries. */
    @Query("select new org.cocreate.points.LedgerEntryRepository$AccountSum(e.accountId, sum(e.amount))"
            + " from LedgerEntry e where e.communityId = :communityId group by e.accountId")
    List<AccountSum> sumsByAccount(long communityId);

    long count();

    /** A sum of a period's entries by kind; for a reversal also the kind of the entry it reverses. */
    record KindSum(EntryKind kind, @Nullable EntryKind reversedKind, long sum) {
    }

    @Query("select new org.cocreate.points.LedgerEntryRepository$KindSum(e.kind, o.kind, sum(e.amount))"
            + " from LedgerEntry e left join LedgerEntry o on o.id = e.reversesEntryId"
            + " where e.communityId = :communityId and e.occurredOn between :from and :to group by e.kind, o.kind")
    List<KindSum> sumsByKind(long communityId, LocalDate from, LocalDate to);

    /**
     * Per account: points earned before {@code cutoff} that were not reversed, and points consumed so far
     * (redeemed, deducted, expired, less what reversals gave back). Spending takes the oldest points first,
     * so what is left of the old points is the first minus the second.
     */
    @Query(value = EXPIRY_SUMS + " where e.community_id = :communityId group by e.account_id", nativeQuery = true)
    List<ExpirySums> expirySums(long communityId, LocalDate cutoff);

    @Query(value = EXPIRY_SUMS + " where e.account_id = :accountId group by e.account_id", nativeQuery = true)
    List<ExpirySums> expirySumsOfAccount(long accountId, LocalDate cutoff);

    /** An account's points earned before the cutoff and not reversed, and its points consumed so far. */
    interface ExpirySums {
        long getAccountId();

        @Nullable Long getEarnedBefore();

        @Nullable Long getConsumed();

        /** What is left of the points earned before the cutoff: spending takes the oldest points first. */
        default long unspentBefore() {
            long earnedBefore = getEarnedBefore() == null ? 0 : getEarnedBefore();
            long consumed = getConsumed() == null ? 0 : getConsumed();
            return earnedBefore - consumed;
        }
    }

    // Quoted aliases keep their case on H2 and PostgreSQL alike, for the projection's getters.
    String EXPIRY_SUMS = """
            select e.account_id as "accountId",
                   sum(case when e.kind = 'GRANT' and e.occurred_on < :cutoff and r.id is null then e.amount else 0 end)
                       as "earnedBefore",
                   sum(case when e.kind in ('REDEMPTION', 'DEDUCTION', 'EXPIRY') then -e.amount else 0 end)
                   - sum(case when e.kind = 'REVERSAL' and o.kind in ('REDEMPTION', 'DEDUCTION', 'EXPIRY')
                              then e.amount else 0 end) as "consumed"
            from ledger_entry e
            left join ledger_entry r on r.reverses_entry_id = e.id
            left join ledger_entry o on o.id = e.reverses_entry_id
            """;
    long countByCommunityId(long communityId);
}
