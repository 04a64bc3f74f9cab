package org.cocreate.assembly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cocreate.community.ElectorUnit;
import org.cocreate.community.RegisterDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's owners' assembly: 文峰塔社区's first compound with units in the register votes on putting lifts in
 * (a renovation: three quarters of those taking part, by area and by heads), opened a week ago, with written
 * ballots from three units in five and a few against, so that the participation and the doors still to visit
 * show. Loaded once into an empty database, only in "demo", after the register's units and owners.
 */
@Component
@Profile("demo")
@Order(90)
class AssemblyDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssemblyDemoData.class);

    private final OwnersAssemblyRepository assemblies;
    private final AssemblyItemRepository items;
    private final AssemblyUnitRepository units;
    private final BallotRepository ballots;
    private final RegisterDirectory register;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    AssemblyDemoData(OwnersAssemblyRepository assemblies, AssemblyItemRepository items, AssemblyUnitRepository units,
            BallotRepository ballots, RegisterDirectory register, TransactionTemplate transaction, Clock clock) {
        this.assemblies = assemblies;
        this.items = items;
        this.units = units;
        this.ballots = ballots;
        this.register = register;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (assemblies.count() > 0) {
                return;
            }
            Long wenfeng = register.communityNamed("文峰塔社区").orElse(null);
            if (wenfeng == null) {
                return;
            }
            for (long compoundId : register.compoundNames(wenfeng).keySet().stream().sorted().toList()) {
                List<ElectorUnit> electorate = register.electorate(compoundId);
                if (electorate.size() >= 10) {
                    assembly(wenfeng, compoundId, register.compoundNames(wenfeng).get(compoundId), electorate);
                    return;
                }
            }
        });
    }

    private void assembly(long communityId, long compoundId, String compoundName, List<ElectorUnit> electorate) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate opened = now.toLocalDate().minusDays(7);
        OwnersAssembly assembly = assemblies.save(new OwnersAssembly(communityId, compoundId,
                compoundName + "加装电梯业主大会", opened, opened.plusDays(28), "wenfeng_worker", now.minusDays(10)));
        AssemblyItem lifts = items.save(new AssemblyItem(assembly.id(), 0, ItemDraft.of(Matter.RENOVATE,
                "各楼栋加装电梯", "电梯由专业公司安装，费用按楼层分摊，维修资金补贴 30%，方案与预算在社区公示栏", null)));
        AssemblyRule law = AssemblyRule.civilCode();
        lifts.fixDecision(law.decision(Matter.RENOVATE));
        assembly.open(law.participation(), now.minusDays(7));
        for (int i = 0; i < electorate.size(); i++) {
            ElectorUnit unit = electorate.get(i);
            units.save(new AssemblyUnit(assembly.id(), unit, AssemblyService.newToken()));
            // Three doors in five have answered on paper, one in four of them against.
            if (i % 5 < 3) {
                Ballot ballot = new Ballot(assembly.id(), lifts.id(), unit.unitId());
                ballot.cast(i % 4 == 3 ? Electorate.Choice.AGAINST : Electorate.Choice.FOR, java.util.Set.of(),
                        BallotWay.WRITTEN, "wenfeng_worker", now.minusDays(6).plusHours(i % 48));
                ballots.save(ballot);
            }
        }
        log.info("Demo owners' assembly: {} with {} units", assembly.getTitle(), electorate.size());
    }
}
