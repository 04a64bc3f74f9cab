package org.cocreate.proposal;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocreate.DemoUsers;
import org.cocreate.community.CommunityTestData;
import org.cocreate.security.RunAs;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Proposals in the demo's communities, taken down through the service by their workers, for the proposal
 * tests; the demo's compounds and residents by community. Titles are unique, since the tests share one
 * database.
 */
@Component
public class ProposalTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final ProposalService proposals;
    public final CommunityTestData communities;
    public final RunAs runAs;
    private final JdbcClient jdbc;

    ProposalTestData(ProposalService proposals, CommunityTestData communities, UserDetailsService userDetails,
            JdbcClient jdbc) {
        this.proposals = proposals;
        this.communities = communities;
        this.runAs = new RunAs(userDetails);
        this.jdbc = jdbc;
    }

    public long compound(String community, int index) {
        return jdbc.sql("select id from compound where community_id = ? order by id").param(communities.community(community))
                .query(Long.class).list().get(index);
    }

    /** Residents of a community, in the order they were registered. */
    public List<Long> residents(String community, int count) {
        return jdbc.sql("select id from resident where community_id = ? order by id limit ?")
                .params(communities.community(community), count).query(Long.class).list();
    }

    public String uniqueTitle(String title) {
        return title + " " + SEQUENCE.incrementAndGet();
    }

    /** A proposal of 文峰塔社区 taken down by its worker on a visit. */
    public ProposalEntry submit(long compoundId, ProposalCategory category, String title, @Nullable Long proposerId) {
        long community = communities.wenfeng();
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> proposals.submit(community,
                new ProposalDraft(compoundId, category, ProposalChannel.VISIT, title, "居民反映：" + title, proposerId)));
    }

    public ProposalEntry move(long proposalId, ProposalStatus to, @Nullable String answer) {
        return runAs.get(DemoUsers.WENFENG_WORKER, () -> proposals.changeStatus(proposalId, to, answer, false));
    }
}
