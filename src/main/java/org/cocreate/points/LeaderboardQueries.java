package org.cocreate.points;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leaderboard's reads, in plain SQL that runs on H2 and PostgreSQL. Points earned are the grants and
 * deductions dated in the period; an entry that was reversed counts not at all, and neither does its
 * reversal (whenever it was posted), so a corrected mistake leaves no trace in any period. Redemptions
 * spend points but earn none: they never lower a rank.
 */
@Component
class LeaderboardQueries {

    /** A resident's earnings before ranking. */
    record Earned(long residentId, String name, String compoundName, long points) {
    }

    private static final String EARNED = """
            select r.id, r.name, c.name, sum(e.amount) as earned
            from ledger_entry e
            join point_account a on a.id = e.account_id
            join resident r on r.id = a.resident_id
            join household h on h.id = r.household_id
            join building b on b.id = h.building_id
            join compound c on c.id = b.compound_id
            where e.community_id = :communityId
              and e.kind in ('GRANT', 'DEDUCTION')
              and e.occurred_on >= :from and e.occurred_on <= :to
              and not exists (select 1 from ledger_entry x where x.reverses_entry_id = e.id)
            group by r.id, r.name, c.name
            having sum(e.amount) > 0
            order by earned desc, r.id
            limit :limit
            """;

    private final JdbcClient jdbc;

    LeaderboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The residents who earned more than nothing in the period, most first (equal points by id, which is
     * stable). Those who lost more than they earned are left out rather than shown at the bottom.
     */
    List<Earned> earned(long communityId, LeaderboardPeriod period, int limit) {
        return jdbc.sql(EARNED)
                .param("communityId", communityId)
                .param("from", period.from())
                .param("to", period.to())
                .param("limit", limit)
                .query((rs, n) -> new Earned(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    boolean communityExists(long communityId) {
        return jdbc.sql("select count(*) from community where id = :id").param("id", communityId)
                .query(Long.class).single() > 0;
    }

    List<PublicCommunity> communities() {
        return jdbc.sql("select id, name from community order by id")
                .query((rs, n) -> new PublicCommunity(rs.getLong(1), rs.getString(2))).list();
    }
}
