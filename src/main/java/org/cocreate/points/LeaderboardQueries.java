package org.cocreate.points;

import java.util.List;
import java.util.Map;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.community.RegisteredResident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leaderboard's reads. The ranking is plain SQL over the ledger that runs on H2 and PostgreSQL. Points
 * earned are the grants and deductions dated in the period; an entry that was reversed counts not at all,
 * and neither does its reversal (whenever it was posted), so a corrected mistake leaves no trace in any
 * period. Redemptions spend points but earn none: they never lower a rank. The names and compounds of the
 * few residents ranked come from the register in one more query.
 */
@Component
class LeaderboardQueries {

    /** A resident's earnings before ranking. */
    record Earned(long residentId, String name, String compoundName, long points) {
    }

    private record Ranked(long residentId, long points) {
    }

    private static final String EARNED = """
            select a.resident_id, sum(e.amount) as earned
            from ledger_entry e
            join point_account a on a.id = e.account_id
            where e.community_id = :communityId
              and e.kind in ('GRANT', 'DEDUCTION')
              and e.occurred_on >= :from and e.occurred_on <= :to
              and not exists (select 1 from ledger_entry x where x.reverses_entry_id = e.id)
            group by a.resident_id
            having sum(e.amount) > 0
            order by earned desc, a.resident_id
            limit :limit
            """;

    private final JdbcClient jdbc;
    private final RegisterDirectory register;

    LeaderboardQueries(JdbcClient jdbc, RegisterDirectory register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    /**
     * The residents who earned more than nothing in the period, most first (equal points by id, which is
     * stable). Those who lost more than they earned are left out rather than shown at the bottom.
     */
    List<Earned> earned(long communityId, LeaderboardPeriod period, int limit) {
        List<Ranked> ranked = jdbc.sql(EARNED)
                .param("communityId", communityId)
                .param("from", period.from())
                .param("to", period.to())
                .param("limit", limit)
                .query((rs, n) -> new Ranked(rs.getLong(1), rs.getLong(2)))
                .list();
        Map<Long, RegisteredResident> residents = register.residents(ranked.stream().map(Ranked::residentId).toList());
        return ranked.stream().map(r -> {
            RegisteredResident resident = residents.get(r.residentId());
            return new Earned(r.residentId(), resident.name(), resident.household().compoundName(), r.points());
        }).toList();
    }

    boolean communityExists(long communityId) {
        return register.communityExists(communityId);
    }

    List<PublicCommunity> communities() {
        return register.all().stream().map(c -> new PublicCommunity(c.id(), c.name())).toList();
    }
}
