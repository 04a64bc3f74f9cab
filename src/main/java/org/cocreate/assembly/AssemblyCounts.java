package org.cocreate.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocreate.base.Area;
import org.springframework.stereotype.Component;

/**
 * The counts of an assembly from its electorate and ballots: participation (a unit took part once it returned
 * a ballot on any item) for the compound and each building, the units still to visit, and each item's tally
 * and decision by {@link AssemblyRule}. Called by the services inside their transactions.
 */
@Component
class AssemblyCounts {

    private final AssemblyUnitRepository units;
    private final AssemblyItemRepository items;
    private final BallotRepository ballots;
    private final CovenantThresholdRepository covenants;

    AssemblyCounts(AssemblyUnitRepository units, AssemblyItemRepository items, BallotRepository ballots,
            CovenantThresholdRepository covenants) {
        this.units = units;
        this.items = items;
        this.ballots = ballots;
        this.covenants = covenants;
    }

    /**
     * The rule the assembly is counted by: the one fixed when its vote opened (a covenant changed since does not
     * change its count); in preparation, the compound's covenant as it stands.
     */
    AssemblyRule rule(OwnersAssembly assembly) {
        Threshold participation = assembly.getParticipation();
        if (participation == null) {
            return covenantRule(assembly.getCompoundId());
        }
        AssemblyRule fixed = AssemblyRule.civilCode().stricterParticipation(participation);
        for (AssemblyItem item : items.findByAssemblyIdOrderByPosition(assembly.id())) {
            Threshold decision = item.getDecision();
            if (decision != null) {
                fixed = fixed.stricter(item.getMatter(), decision);
            }
        }
        return fixed;
    }

    /** The law's rule tightened by the compound's covenant. */
    AssemblyRule covenantRule(long compoundId) {
        AssemblyRule rule = AssemblyRule.civilCode();
        for (CovenantThreshold share : covenants.findByCompoundId(compoundId)) {
            rule = CovenantThreshold.PARTICIPATION.equals(share.getSubject())
                    ? rule.stricterParticipation(share.getThreshold())
                    : rule.stricter(Matter.valueOf(share.getSubject()), share.getThreshold());
        }
        return rule;
    }

    Participation participation(OwnersAssembly assembly) {
        List<AssemblyUnit> electorate = units.findByAssemblyId(assembly.id());
        Set<Long> voted = votedUnits(assembly);
        Map<Long, List<AssemblyUnit>> byBuilding = electorate.stream()
                .sorted(Comparator.comparing(AssemblyUnit::getBuildingName))
                .collect(Collectors.groupingBy(AssemblyUnit::getBuildingId, LinkedHashMap::new, Collectors.toList()));
        List<Participation.BuildingShare> buildings = new ArrayList<>();
        byBuilding.forEach((buildingId, inBuilding) -> buildings.add(new Participation.BuildingShare(buildingId,
                inBuilding.getFirst().getBuildingName(), share(inBuilding, voted),
                inBuilding.stream().filter(unit -> !voted.contains(unit.getUnitId())).count())));
        return new Participation(share(electorate, voted), buildings, rule(assembly).participation());
    }

    List<UnitToVisit> toVisit(OwnersAssembly assembly) {
        Set<Long> voted = votedUnits(assembly);
        return doors(assembly, unit -> !voted.contains(unit.getUnitId()));
    }

    /** The electorate's units in the round's order (building, floor, address) that {@code which} keeps. */
    List<UnitToVisit> doors(OwnersAssembly assembly, java.util.function.Predicate<AssemblyUnit> which) {
        return units.findByAssemblyId(assembly.id()).stream().filter(which)
                .sorted(Comparator.comparing(AssemblyUnit::getBuildingName)
                        .thenComparing(unit -> floorNumber(unit.getFloor()))
                        .thenComparing(AssemblyUnit::getAddress))
                .map(unit -> new UnitToVisit(unit.getUnitId(), unit.getBuildingId(), unit.getBuildingName(),
                        unit.getFloor(), unit.getAddress(), unit.getArea()))
                .toList();
    }

    /** Each item's tally (every unit of the electorate, with its ballot or none) and decision. */
    List<ItemResult> results(OwnersAssembly assembly, List<AssemblyItem> items) {
        AssemblyRule rule = rule(assembly);
        List<AssemblyUnit> electorate = units.findByAssemblyId(assembly.id());
        Map<Long, Map<Long, Ballot>> byItem = ballots.findByAssemblyId(assembly.id()).stream()
                .collect(Collectors.groupingBy(Ballot::getItemId,
                        Collectors.toMap(Ballot::getUnitId, ballot -> ballot)));
        List<ItemResult> results = new ArrayList<>();
        for (AssemblyItem item : items) {
            Map<Long, Ballot> cast = byItem.getOrDefault(item.id(), Map.of());
            if (item.isElection()) {
                List<String> candidates = item.getCandidates();
                List<Election.Ballot> papers = electorate.stream().map(unit -> {
                    Ballot ballot = cast.get(unit.getUnitId());
                    Set<String> marked = ballot == null ? null : ballot.getMarked().stream()
                            .filter(position -> position < candidates.size()).map(candidates::get)
                            .collect(Collectors.toSet());
                    return new Election.Ballot(unit.getUnitId(), unit.getArea(), unit.getOwnerKey(), marked);
                }).toList();
                Election.Result elected = Election.elect(rule, candidates, papers,
                        java.util.Objects.requireNonNullElse(item.getSeats(), 1));
                Outcome turnout = rule.decide(item.getMatter(), elected.turnout());
                results.add(new ItemResult(AssemblyService.entry(item), turnout, elected));
            } else {
                List<Electorate.UnitVote> votes = electorate.stream().map(unit -> {
                    Ballot ballot = cast.get(unit.getUnitId());
                    return new Electorate.UnitVote(unit.getUnitId(), unit.getArea(), unit.getOwnerKey(),
                            ballot == null ? null : ballot.getChoice());
                }).toList();
                results.add(new ItemResult(AssemblyService.entry(item), rule.decide(item.getMatter(), Tally.of(votes)),
                        null));
            }
        }
        return results;
    }

    /** The units that returned a ballot on any item. */
    Set<Long> voted(OwnersAssembly assembly) {
        return votedUnits(assembly);
    }

    private Set<Long> votedUnits(OwnersAssembly assembly) {
        Set<Long> voted = new HashSet<>();
        ballots.findByAssemblyId(assembly.id()).forEach(ballot -> voted.add(ballot.getUnitId()));
        return voted;
    }

    /** Area and heads of these units, and of those that voted (a head once, however many units it holds). */
    private static Participation.Share share(List<AssemblyUnit> of, Set<Long> voted) {
        Area total = Area.ZERO;
        Area votedArea = Area.ZERO;
        Set<String> heads = new HashSet<>();
        Set<String> votedHeads = new HashSet<>();
        for (AssemblyUnit unit : of) {
            total = total.plus(unit.getArea());
            heads.add(unit.getOwnerKey());
            if (voted.contains(unit.getUnitId())) {
                votedArea = votedArea.plus(unit.getArea());
                votedHeads.add(unit.getOwnerKey());
            }
        }
        return new Participation.Share(votedArea, total, votedHeads.size(), heads.size());
    }

    /** Floors in number order ("2" before "10"); a floor the room number does not say, last. */
    private static int floorNumber(String floor) {
        return floor.matches("[0-9]{1,3}") ? Integer.parseInt(floor) : Integer.MAX_VALUE;
    }
}
