package org.cocreate.points;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The ledger is append-only: this repository can insert and read, and nothing else. */
interface LedgerEntryRepository extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    Optional<LedgerEntry> findById(long id);

    Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey);

    boolean existsByReversesEntryId(long reversesEntryId);

    List<LedgerEntry> findByAccountIdAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderById(long accountId,
            LocalDateTime from, LocalDateTime to);

    Optional<LedgerEntry> findFirstByAccountIdAndCreatedAtLessThanOrderByIdDesc(long accountId, LocalDateTime before);

    /** Times (or hours) granted to the account under a rule in a period, not counting reversed grants. */
    @Query("""
            select coalesce(sum(e.quantity), 0) from LedgerEntry e
            where e.accountId = :accountId and e.ruleId = :ruleId and e.occurredOn between :from and :to
              and not exists (select r.id from LedgerEntry r where r.reversesEntryId = e.id)
            """)
    long quantityUnderRule(long accountId, long ruleId, LocalDate from, LocalDate to);

    /** Per account of the community: account id and the sum of its entries. */
    @Query("select e.accountId, sum(e.amount) from LedgerEntry e where e.communityId = :communityId group by e.accountId")
    List<Object[]> sumsByAccount(long communityId);

    long count();

    long countByCommunityId(long communityId);
}
