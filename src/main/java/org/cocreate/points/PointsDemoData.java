package org.cocreate.points;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cocreate.base.Recorded;
import org.cocreate.base.DeviceInfo;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.security.CommunityRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's scoring standards: 文峰塔社区's with about fifteen rules, a smaller one of its own for every
 * other community, each in effect since the start of last year, and some hundreds of past grants so that
 * balances are not all zero. Loaded after the register's demo, once (only while no standard exists).
 * Written through the entities, as no user is signed in; the random generator has a fixed seed.
 */
@Component
@Profile("demo")
@Order(20)
class PointsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PointsDemoData.class);
    private static final String WENFENG = "文峰塔社区";

    private record Rule(RuleCategory category, String name, long points, boolean perHour, Integer daily,
            Integer monthly, boolean deduction, boolean approval) {

        RuleDraft draft() {
            return new RuleDraft(category, name, null, Points.of(points), perHour, daily, monthly, deduction,
                    approval, OCCASIONS.get(name));
        }
    }

    /** The rules that proposals, meetings, volunteer activities and home visits ask for, by name. */
    private static final java.util.Map<String, RuleOccasion> OCCASIONS = java.util.Map.of(
            "参加居民议事会", RuleOccasion.MEETING_ATTENDANCE,
            "建议被采纳", RuleOccasion.PROPOSAL_ADOPTED,
            "附议的建议被采纳", RuleOccasion.PROPOSAL_SUPPORTED,
            "参加卫生大扫除", RuleOccasion.VOLUNTEER_ATTENDANCE,
            "关爱空巢老人走访", RuleOccasion.SERVICE_VISIT);

    private static final List<Rule> WENFENG_RULES = List.of(
            new Rule(RuleCategory.ENVIRONMENT, "参加卫生大扫除", 5, false, 1, null, false, false),
            new Rule(RuleCategory.ENVIRONMENT, "垃圾分类示范户", 10, false, null, 1, false, false),
            new Rule(RuleCategory.ENVIRONMENT, "认领楼道绿植养护", 3, false, 1, 8, false, false),
            new Rule(RuleCategory.VOLUNTEERING, "志愿服务", 2, true, 8, 60, false, false),
            new Rule(RuleCategory.VOLUNTEERING, "关爱空巢老人走访", 5, false, 2, 10, false, false),
            new Rule(RuleCategory.VOLUNTEERING, "疫苗接种点引导", 2, true, 8, null, false, false),
            new Rule(RuleCategory.CIVILITY, "拾金不昧", 20, false, null, null, false, true),
            new Rule(RuleCategory.CIVILITY, "邻里纠纷调解成功", 10, false, 1, 4, false, false),
            new Rule(RuleCategory.CIVILITY, "楼道堆放杂物", 5, false, 1, null, true, true),
            new Rule(RuleCategory.CIVILITY, "高空抛物", 20, false, 1, null, true, true),
            new Rule(RuleCategory.SAFETY, "消防演练参加", 5, false, 1, 2, false, false),
            new Rule(RuleCategory.SAFETY, "报告安全隐患属实", 8, false, 2, 6, false, false),
            new Rule(RuleCategory.OUTREACH, "参加政策宣讲", 3, false, 1, 4, false, false),
            new Rule(RuleCategory.PARTICIPATION, "参加居民议事会", 5, false, 1, 4, false, false),
            new Rule(RuleCategory.PARTICIPATION, "建议被采纳", 20, false, null, 3, false, true),
            new Rule(RuleCategory.PARTICIPATION, "附议的建议被采纳", 2, false, null, 5, false, false));

    /**
     * The demo's past grants are drawn from the rules the standards had before the proposals' rules were
     * added at the end of each list: the same seed then gives the same history (balances, the counter's
     * stock) as before.
     */
    private static final int WENFENG_HISTORY_RULES = 15;
    private static final int SMALL_HISTORY_RULES = 6;

    private static final List<Rule> SMALL_RULES = List.of(
            new Rule(RuleCategory.ENVIRONMENT, "参加卫生大扫除", 4, false, 1, null, false, false),
            new Rule(RuleCategory.VOLUNTEERING, "志愿服务", 2, true, 6, 40, false, false),
            new Rule(RuleCategory.CIVILITY, "好人好事", 10, false, null, 2, false, true),
            new Rule(RuleCategory.CIVILITY, "楼道堆放杂物", 5, false, 1, null, true, true),
            new Rule(RuleCategory.SAFETY, "消防演练参加", 4, false, 1, 2, false, false),
            new Rule(RuleCategory.PARTICIPATION, "参加居民议事会", 5, false, 1, 4, false, false),
            new Rule(RuleCategory.PARTICIPATION, "建议被采纳", 10, false, null, 3, false, true),
            new Rule(RuleCategory.PARTICIPATION, "附议的建议被采纳", 2, false, null, 5, false, false));

    private final ScoringStandardRepository standards;
    private final ScoringRuleRepository rules;
    private final PointAccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final RegisterDirectory register;
    private final PointGrantRepository grants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PointsDemoData(ScoringStandardRepository standards, ScoringRuleRepository rules, PointAccountRepository accounts,
            LedgerEntryRepository entries, PointGrantRepository grants, RegisterDirectory register,
            TransactionTemplate transaction, Clock clock) {
        this.register = register;
        this.grants = grants;
        this.standards = standards;
        this.rules = rules;
        this.accounts = accounts;
        this.entries = entries;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (standards.count() > 0) {
                return;
            }
            var random = new Random(20260301);
            LocalDate today = LocalDate.now(clock);
            LocalDate effective = today.withDayOfYear(1).minusYears(1);
            int grants = 0;
            for (CommunityRef community : register.all()) {
                long communityId = community.id();
                boolean wenfeng = WENFENG.equals(community.name());
                var standard = new ScoringStandard(communityId, 1, community.name() + "积分评分标准（第一版）");
                standards.save(standard);
                List<ScoringRule> created = new ArrayList<>();
                List<ScoringRule> drawn = new ArrayList<>();
                List<Rule> standardRules = wenfeng ? WENFENG_RULES : SMALL_RULES;
                for (int i = 0; i < standardRules.size(); i++) {
                    ScoringRule saved = rules.save(new ScoringRule(standard.id(), standardRules.get(i).draft()));
                    created.add(saved);
                    if (i < (wenfeng ? WENFENG_HISTORY_RULES : SMALL_HISTORY_RULES)) {
                        drawn.add(saved);
                    }
                }
                standard.adopt(effective, effective.atTime(19, 30).minusDays(10), "居民议事会表决通过", "demo");
                grants += grantSome(communityId, standard, drawn, wenfeng ? 200 : 60, today, random);
                if (wenfeng) {
                    waitingGrants(communityId, created);
                }
            }
            log.info("Demo points: standards for every community, {} past grants", grants);
        });
    }

    private int grantSome(long communityId, ScoringStandard standard, List<ScoringRule> ruleList, int count,
            LocalDate today, Random random) {
        List<Long> residents = register.residentIdsOf(communityId);
        if (residents.isEmpty()) {
            return 0;
        }
        List<Long> active = residents.subList(0, Math.min(residents.size(), 60));
        Set<String> perDay = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long residentId = active.get(random.nextInt(active.size()));
            ScoringRule rule = ruleList.get(random.nextInt(ruleList.size()));
            LocalDate day = today.minusDays(1 + random.nextInt(120));
            // One grant per person, rule and day keeps every demo grant inside the caps.
            if (!perDay.add(residentId + "/" + rule.id() + "/" + day)) {
                continue;
            }
            int quantity = rule.isPerHour() ? 1 + random.nextInt(Math.min(4, capOrFour(rule))) : 1;
            planned.add(new Planned(residentId, rule, quantity, day.atTime(9 + random.nextInt(8), random.nextInt(60))));
        }
        // Posted in the order they happened, as real grants are: entry ids, times and running balances agree,
        // so that a statement of any period opens with the balance its previous entries left.
        planned.sort(Comparator.comparing(Planned::postedAt));
        Map<Long, PointAccount> opened = new HashMap<>();
        int posted = 0;
        for (Planned grant : planned) {
            ScoringRule rule = grant.rule();
            long amount = rule.getPoints().value() * grant.quantity() * (rule.isDeduction() ? -1 : 1);
            PointAccount account = opened.computeIfAbsent(grant.residentId(),
                    id -> accounts.save(new PointAccount(id, communityId)));
            if (account.getBalance().value() + amount < 0) {
                continue;
            }
            Points after = account.apply(amount);
            entries.save(new LedgerEntry(account, rule.isDeduction() ? EntryKind.DEDUCTION : EntryKind.GRANT, amount,
                    after, grant.quantity(), grant.postedAt().toLocalDate(), rule.id(), standard.id(), null, null,
                    null, Recorded.of("demo", grant.postedAt(), DeviceInfo.UNKNOWN)));
            posted++;
        }
        return posted;
    }

    /**
     * Grants on their way in 文峰塔社区, so that the approval queue, the notice board and its objections have
     * something to show: made yesterday by the community's worker.
     */
    private void waitingGrants(long communityId, List<ScoringRule> ruleList) {
        List<Long> residents = register.residentIdsOf(communityId);
        if (residents.size() < 10) {
            return;
        }
        Map<String, ScoringRule> byName = new HashMap<>();
        ruleList.forEach(rule -> byName.put(rule.getName(), rule));
        LocalDateTime yesterday = LocalDateTime.now(clock).minusDays(1).withHour(16).withMinute(20);
        // From the end of the list: residents without demo history where the community is big enough.
        int next = residents.size() - 8;
        for (String name : List.of("拾金不昧", "建议被采纳")) {
            waiting(communityId, residents.get(next++), byName.get(name), 1, yesterday);
        }
        List<String> onNotice = List.of("参加卫生大扫除", "志愿服务", "关爱空巢老人走访", "消防演练参加", "参加政策宣讲");
        for (String name : onNotice) {
            ScoringRule rule = byName.get(name);
            PointGrant grant = waiting(communityId, residents.get(next++), rule, rule.isPerHour() ? 3 : 1, yesterday);
            grant.approve("wenfeng_admin", yesterday.plusMinutes(30));
            grant.putOnNotice(yesterday.plusDays(3));
        }
        PointGrant objected = waiting(communityId, residents.get(next), byName.get("邻里纠纷调解成功"), 1, yesterday);
        objected.putOnNotice(yesterday.plusDays(3));
        objected.object("调解当天本人不在场，请核实", null, "supervisor", yesterday.plusHours(3));
    }

    private PointGrant waiting(long communityId, long residentId, ScoringRule rule, int quantity,
            LocalDateTime at) {
        long amount = rule.getPoints().value() * quantity * (rule.isDeduction() ? -1 : 1);
        return grants.save(new PointGrant(communityId, residentId, rule, quantity, amount, at.toLocalDate(), null,
                null, false, Recorded.of("wenfeng_worker", at, DeviceInfo.UNKNOWN)));
    }

    private record Planned(long residentId, ScoringRule rule, int quantity, LocalDateTime postedAt) {
    }

    private static int capOrFour(ScoringRule rule) {
        return rule.getDailyCap() == null ? 4 : rule.getDailyCap();
    }
}
