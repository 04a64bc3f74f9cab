package org.cocreate.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocreate.community.CommunityTestData;
import org.cocreate.DemoUsers;
import org.cocreate.ServiceTest;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A household's balances, whose statement it is, and the size of a ledger check: what the points screens read. */
@ServiceTest
class HouseholdBalancesTest {

    @Autowired
    PointsService points;
    @Autowired
    CommunityTestData communityData;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;

    RunAs as;

    @BeforeEach
    void setUp() {
        as = new RunAs(userDetails);
    }

    /** A household of 文峰塔 where at least two members hold points, from the demo's grants. */
    private long wenfengHouseholdWithPoints() {
        return jdbc.sql("""
                select r.household_id from resident r join point_account a on a.resident_id = r.id
                join community m on m.id = r.community_id
                where m.name = '文峰塔社区' and a.balance > 0
                group by r.household_id having count(*) >= 2 order by count(*) desc, r.household_id""")
                .query(Long.class).list().getFirst();
    }

    private record Expected(long id, String name, long balance) {
    }

    /** Each member's balance as the sum of their entries, straight from the ledger. */
    private List<Expected> membersFromTheLedger(long household) {
        return jdbc.sql("""
                select r.id, r.name, coalesce((select sum(e.amount) from ledger_entry e
                    join point_account a on a.id = e.account_id where a.resident_id = r.id), 0) as balance
                from resident r where r.household_id = ? order by r.id""")
                .param(household).query(Expected.class).list();
    }

    @Test
    void listsEveryMemberWithTheSumOfTheirEntriesAndTheHouseholdTotal() {
        long household = wenfengHouseholdWithPoints();
        List<Expected> expected = membersFromTheLedger(household);
        String address = jdbc.sql("""
                select c.name || ' ' || b.name || ' ' || h.unit || ' ' || h.room from household h
                join building b on b.id = h.building_id join compound c on c.id = b.compound_id where h.id = ?""")
                .param(household).query(String.class).single();

        for (String user : List.of(DemoUsers.WENFENG_WORKER, DemoUsers.COUNTER, DemoUsers.SUPERVISOR)) {
            HouseholdBalances balances = as.get(user, () -> points.householdBalances(household));

            assertThat(balances.householdId()).isEqualTo(household);
            assertThat(balances.address()).as(user).isEqualTo(address.replaceAll(" +", " ").strip());
            assertThat(balances.members()).as(user).extracting(MemberBalance::residentId, MemberBalance::name,
                    m -> m.balance().value())
                    .containsExactlyElementsOf(expected.stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.id(), e.name(), e.balance())).toList());
            long sum = expected.stream().mapToLong(Expected::balance).sum();
            assertThat(sum).isPositive();
            assertThat(balances.total()).isEqualTo(Points.of(sum));
        }
    }

    @Test
    void aHouseholdOfAnotherCommunityLooksLikeOneThatDoesNotExist() {
        long household = wenfengHouseholdWithPoints();

        assertThatThrownBy(() -> as.get(DemoUsers.LONGMEN_WORKER, () -> points.householdBalances(household)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_WORKER, () -> points.householdBalances(999_999_999L)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.get(DemoUsers.COMMITTEE, () -> points.householdBalances(household)))
                .isInstanceOf(AccessDeniedException.class);
        // The sub-district admin works in every community.
        assertThat(as.get(DemoUsers.SUBDISTRICT_ADMIN, () -> points.householdBalances(household)).members())
                .isNotEmpty();
    }

    @Test
    void theAccountHolderIsNamedWithHouseholdCommunityAndBalanceAndHiddenFromOtherCommunities() {
        long household = wenfengHouseholdWithPoints();
        Expected member = membersFromTheLedger(household).stream().filter(m -> m.balance() > 0).findFirst()
                .orElseThrow();

        AccountHolder holder = as.get(DemoUsers.SUPERVISOR, () -> points.accountHolder(member.id()));

        assertThat(holder.residentId()).isEqualTo(member.id());
        assertThat(holder.name()).isEqualTo(member.name());
        assertThat(holder.householdId()).isEqualTo(household);
        assertThat(holder.communityName()).isEqualTo("文峰塔社区");
        assertThat(holder.address()).isEqualTo(
                as.get(DemoUsers.SUPERVISOR, () -> points.householdBalances(household)).address());
        assertThat(holder.balance()).isEqualTo(Points.of(member.balance()));

        assertThatThrownBy(() -> as.get(DemoUsers.LONGMEN_WORKER, () -> points.accountHolder(member.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLedgerCheckGoesThroughTheCommunitysAccountsAndEntries() {
        long wenfeng = communityData.community("文峰塔社区");
        long accounts = jdbc.sql("select count(*) from point_account where community_id = ?").param(wenfeng)
                .query(Long.class).single();
        long entries = jdbc.sql("select count(*) from ledger_entry where community_id = ?").param(wenfeng)
                .query(Long.class).single();

        LedgerSize size = as.get(DemoUsers.WENFENG_ADMIN, () -> points.ledgerSize(wenfeng));

        assertThat(size.accounts()).isEqualTo(accounts).isPositive();
        assertThat(size.entries()).isEqualTo(entries).isGreaterThanOrEqualTo(accounts);
        long longmen = communityData.community("龙门街社区");
        assertThatThrownBy(() -> as.get(DemoUsers.WENFENG_ADMIN, () -> points.ledgerSize(longmen)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
