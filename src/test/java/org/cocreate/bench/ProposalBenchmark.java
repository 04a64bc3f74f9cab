package org.cocreate.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocreate.DemoUsers;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChannel;
import org.cocreate.proposal.ProposalDraft;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalFilter;
import org.cocreate.proposal.ProposalService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The proposal board of a community with 2,000 proposals, on an H2 file database like production: the
 * service call that opens the board (every proposal but the merged, with compound, proposer and supporter
 * counts), and the likely duplicates of a new proposal among them, as the intake asks at each pause in the
 * typing. Targets: the board p95 ≤ 300 ms, the duplicates p95 ≤ 100 ms.
 * Run: ./mvnw -Pbench test -Dtest=ProposalBenchmark
 */
@Tag("bench")
@SpringBootTest(properties = {
        "cocreate.test.keep-datasource=true",
        "spring.datasource.url=jdbc:h2:file:./target/bench/proposals;WRITE_DELAY=0"})
@ActiveProfiles({"demo", "test"})
class ProposalBenchmark {

    static {
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench/proposals.mv.db"));
    }

    private static final int PROPOSALS = 2_000;
    private static final int WARM_UP = 20;
    private static final int MEASURED = 200;
    /** What residents raise, combined with places and troubles into 2,000 varied titles. */
    private static final List<String> PLACES = List.of("3号楼", "小区大门", "单元门口", "停车场", "楼道", "健身广场",
            "垃圾站", "绿化带", "东门", "地下车库");
    private static final List<String> TROUBLES = List.of("路灯不亮", "路面坑洼", "积水严重", "电动车乱停", "杂草丛生",
            "异味重", "扶手损坏", "监控缺失", "噪音扰民", "台阶破损", "需要加装座椅", "下水道堵塞");

    @Autowired
    ProposalService proposals;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBoardAndTheLikelyDuplicatesOfTwoThousandProposals() {
        long community = jdbc.sql("select id from community where name = '文峰塔社区'").query(Long.class).single();
        List<Long> compounds = jdbc.sql("select id from compound where community_id = ? order by id")
                .param(community).query(Long.class).list();
        List<Long> residents = jdbc.sql("select id from resident where community_id = ? order by id")
                .param(community).query(Long.class).list();
        signIn(DemoUsers.WENFENG_WORKER);
        ProposalCategory[] categories = ProposalCategory.values();
        for (int i = 0; i < PROPOSALS; i++) {
            String title = PLACES.get(i % PLACES.size()) + TROUBLES.get((i / PLACES.size()) % TROUBLES.size())
                    + (i >= PLACES.size() * TROUBLES.size() ? "（" + (i / (PLACES.size() * TROUBLES.size())) + "）" : "");
            ProposalEntry entry = proposals.submit(community, new ProposalDraft(compounds.get(i % compounds.size()),
                    categories[i % categories.length], ProposalChannel.VISIT, title, "居民反映：" + title,
                    residents.get(i % residents.size())));
            if (i % 4 == 0) {
                proposals.addSupporter(entry.id(), residents.get((i + 7) % residents.size()));
            }
        }

        long[] board = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long started = System.nanoTime();
            List<ProposalEntry> shown = proposals.board(community, ProposalFilter.all());
            long took = System.nanoTime() - started;
            assertThat(shown).hasSizeGreaterThanOrEqualTo(PROPOSALS);
            if (i >= WARM_UP) {
                board[i - WARM_UP] = took;
            }
        }
        long[] duplicates = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String typed = PLACES.get(i % PLACES.size()) + TROUBLES.get(i % TROUBLES.size());
            long started = System.nanoTime();
            List<ProposalEntry> alike = proposals.likelyDuplicates(community, compounds.get(i % compounds.size()),
                    categories[i % categories.length], typed, null);
            long took = System.nanoTime() - started;
            assertThat(alike).isNotNull();
            if (i >= WARM_UP) {
                duplicates[i - WARM_UP] = took;
            }
        }
        System.out.println(BenchmarkStatistics.machine());
        System.out.println(BenchmarkStatistics.summary("proposalBoard(" + PROPOSALS + " proposals, H2 file)", board));
        System.out.println(BenchmarkStatistics.summary("likelyDuplicates(among " + PROPOSALS + ", H2 file)",
                duplicates));
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
