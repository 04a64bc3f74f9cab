package org.cocreate.points;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ScoringRuleRepository extends Repository<ScoringRule, Long> {

    ScoringRule save(ScoringRule rule);

    Optional<ScoringRule> findById(long id);

    List<ScoringRule> findByStandardIdOrderByCategoryAscIdAsc(long standardId);

    List<ScoringRule> findByIdIn(Collection<Long> ids);

    /**
     * Per rule lineage: how many grants the community made under it since {@code since}, counting grants
     * on their way (point_grant) and ledger grants and deductions that no point_grant row stands for.
     */
    @Query(value = """
            select coalesce(r.lineage_id, r.id) as "lineageId", count(*) as "grants" from (
                select g.rule_id from point_grant g where g.community_id = :communityId and g.created_at >= :since
                union all
                select e.rule_id from ledger_entry e
                where e.community_id = :communityId and e.created_at >= :since and e.rule_id is not null
                  and e.kind in ('GRANT', 'DEDUCTION')
                  and not exists (select 1 from point_grant p where p.posted_entry_id = e.id)
            ) u join scoring_rule r on r.id = u.rule_id
            group by coalesce(r.lineage_id, r.id)
            """, nativeQuery = true)
    List<LineageUsage> usageByLineage(long communityId, LocalDateTime since);

    /** How often a rule's lineage was granted; the aliases are quoted so that both databases keep their case. */
    interface LineageUsage {
        long getLineageId();

        long getGrants();
    }
}
