package org.cocreate.proposal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's proposals, after the seed's stories: in 带谟阁社区 the residents' many suggestions about the old
 * compound, merged into one renovation plan that was adopted and answered publicly, with others still
 * discussed, one rejected and one withdrawn; in 龙门街社区 the plaza being built. Loaded once into an empty
 * database, only in the "demo" profile, with the history each would have.
 */
@Component
@Profile("demo")
@Order(40)
class ProposalDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProposalDemoData.class);

    private final ProposalRepository proposals;
    private final ProposalEventRepository history;
    private final ProposalSupporterRepository supporters;
    private final RegisterDirectory register;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProposalDemoData(ProposalRepository proposals, ProposalEventRepository history,
            ProposalSupporterRepository supporters, RegisterDirectory register, TransactionTemplate transaction,
            Clock clock) {
        this.proposals = proposals;
        this.history = history;
        this.supporters = supporters;
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (proposals.count() > 0) {
                return;
            }
            int made = 0;
            Long daimoge = register.communityNamed("带谟阁社区").orElse(null);
            if (daimoge != null) {
                made += daimoge(daimoge);
            }
            Long longmen = register.communityNamed("龙门街社区").orElse(null);
            if (longmen != null) {
                made += longmen(longmen);
            }
            log.info("Demo proposals: {}", made);
        });
    }

    private int daimoge(long community) {
        List<Long> compounds = new ArrayList<>(register.compoundNames(community).keySet());
        List<Long> residents = register.residentIdsOf(community);
        if (compounds.isEmpty() || residents.size() < 12) {
            return 0;
        }
        long compound = compounds.getFirst();
        LocalDateTime start = LocalDateTime.now(clock).minusDays(40).withHour(19).withMinute(30).withSecond(0)
                .withNano(0);
        Proposal plan = submit(community, compound, ProposalCategory.ROADS, ProposalChannel.NIGHT_TALK,
                "老旧小区整体改造：道路、停车与绿化", "夜话会上居民集中反映：小区道路坑洼、停车无序、绿化带黄土裸露，"
                        + "建议统筹成一个整体改造方案，由业委会牵头实施。", residents.get(0), start);
        String[][] suggestions = {
            {"ROADS", "小区主路坑洼，雨天积水", "3"},
            {"PARKING", "电动车乱停放堵住消防通道", "4"},
            {"GREENING", "绿化带黄土裸露，希望补种", "5"},
            {"ROADS", "楼前道路破损，老人出行不便", "6"},
        };
        for (int i = 0; i < suggestions.length; i++) {
            String[] suggestion = suggestions[i];
            Proposal merged = submit(community, compound, ProposalCategory.valueOf(suggestion[0]),
                    ProposalChannel.VISIT, suggestion[1], "入户走访时居民反映：" + suggestion[1] + "。",
                    residents.get(Integer.parseInt(suggestion[2])), start.minusDays(10 - i));
            merge(merged, plan, start.plusDays(1));
        }
        support(plan, residents.subList(7, 11), start.plusDays(1));
        move(plan, ProposalStatus.UNDER_DISCUSSION, null, start.plusDays(2));
        move(plan, ProposalStatus.ADOPTED, "经居民议事会表决通过，纳入老旧小区改造计划，由小区业委会牵头、物业配合实施，"
                + "方案和预算将在公示栏公开。", start.plusDays(9));
        publish(plan, start.plusDays(9));

        Proposal lamps = submit(community, compounds.get(Math.min(1, compounds.size() - 1)), ProposalCategory.LIGHTING,
                ProposalChannel.PHONE, "楼道灯不亮", "3 号楼楼道灯坏了一个多月，晚上上下楼看不清。",
                residents.get(11), start.plusDays(20));
        move(lamps, ProposalStatus.UNDER_DISCUSSION, null, start.plusDays(21));
        submit(community, compound, ProposalCategory.ELDERLY_CARE, ProposalChannel.PARTY_MEMBER, "开设老年食堂",
                "党员入户了解到独居老人吃饭难，建议在党群服务中心开设老年食堂。", null, start.plusDays(30));
        Proposal rejected = submit(community, compound, ProposalCategory.PARKING, ProposalChannel.NOTICE_BOX,
                "在楼前空地修建机动车停车场", "意见箱收到的建议。", null, start.plusDays(5));
        move(rejected, ProposalStatus.REJECTED, "楼前空地是消防通道和绿地，不能改建停车场；停车问题已纳入整体改造方案统筹。",
                start.plusDays(9));
        publish(rejected, start.plusDays(9));
        return 8;
    }

    private int longmen(long community) {
        List<Long> residents = register.residentIdsOf(community);
        if (residents.size() < 4) {
            return 0;
        }
        LocalDateTime start = LocalDateTime.now(clock).minusDays(60).withHour(10).withMinute(0).withSecond(0)
                .withNano(0);
        Proposal plaza = submit(community, null, ProposalCategory.CULTURE, ProposalChannel.RESIDENTS_MEETING,
                "建设社区小广场", "居民议事会提出：把闲置空地建成小广场，供居民跳舞、下棋、纳凉，预算约 5 万元。",
                residents.get(0), start);
        support(plaza, residents.subList(1, 4), start.plusDays(1));
        move(plaza, ProposalStatus.ADOPTED, "经居民议事会表决通过，社区出资与驻区单位共同筹措资金，由社区牵头实施。",
                start.plusDays(7));
        publish(plaza, start.plusDays(7));
        move(plaza, ProposalStatus.IN_PROGRESS, "已开工，预计一个月内完成。", start.plusDays(20));
        return 1;
    }

    private Proposal submit(long community, @Nullable Long compound, ProposalCategory category,
            ProposalChannel channel, String title, String body, @Nullable Long proposer, LocalDateTime at) {
        Recorded recorded = new Recorded(null, at, null, null);
        Proposal proposal = proposals.save(new Proposal(community,
                new ProposalDraft(compound, category, channel, title, body, proposer), recorded));
        history.save(new ProposalEvent(proposal.id(), ProposalEventKind.SUBMITTED, null, ProposalStatus.SUBMITTED,
                null, null, recorded));
        return proposal;
    }

    private void move(Proposal proposal, ProposalStatus to, @Nullable String answer, LocalDateTime at) {
        ProposalStatus from = proposal.getStatus();
        proposal.moveTo(to, answer, at);
        history.save(new ProposalEvent(proposal.id(), ProposalEventKind.STATUS_CHANGED, from, to, answer, null,
                new Recorded(null, at, null, null)));
    }

    private void publish(Proposal proposal, LocalDateTime at) {
        proposal.publishAnswer(at);
        history.save(new ProposalEvent(proposal.id(), ProposalEventKind.ANSWER_PUBLISHED, null, null,
                proposal.getAnswer(), null, new Recorded(null, at, null, null)));
    }

    private void merge(Proposal source, Proposal target, LocalDateTime at) {
        Long proposer = source.getProposerId();
        if (proposer != null && !proposer.equals(target.getProposerId())
                && !supporters.existsById(new ProposalSupporter.Key(target.id(), proposer))) {
            supporters.save(new ProposalSupporter(target.id(), proposer, null, at));
        }
        ProposalStatus from = source.getStatus();
        source.mergeInto(target.id(), at);
        Recorded recorded = new Recorded(null, at, null, null);
        history.save(new ProposalEvent(source.id(), ProposalEventKind.MERGED_INTO, from, ProposalStatus.MERGED, null,
                target.id(), recorded));
        history.save(new ProposalEvent(target.id(), ProposalEventKind.MERGED_FROM, null, null, source.getTitle(),
                source.id(), recorded));
    }

    private void support(Proposal proposal, List<Long> residents, LocalDateTime at) {
        for (long resident : residents) {
            if (!supporters.existsById(new ProposalSupporter.Key(proposal.id(), resident))
                    && !Long.valueOf(resident).equals(proposal.getProposerId())) {
                supporters.save(new ProposalSupporter(proposal.id(), resident, null, at));
                history.save(new ProposalEvent(proposal.id(), ProposalEventKind.SUPPORTER_ADDED, null, null, null,
                        resident, new Recorded(null, at, null, null)));
            }
        }
    }
}
