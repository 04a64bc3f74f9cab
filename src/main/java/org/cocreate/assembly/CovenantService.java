package org.cocreate.assembly;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.Recorded;
import org.cocreate.community.RegisterDirectory;
import org.cocreate.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.cocreate.assembly.AssemblyService.CHECK;

/**
 * A compound's covenant (管理规约) for its owners' assemblies: the shares it asks for beyond article 278 of the
 * Civil Code. The law's shares are the floor: a looser one is refused at its field and nothing changes. An
 * assembly takes the covenant in force when its vote opens and keeps it to the close.
 */
@Service
public class CovenantService {

    private final CovenantThresholdRepository thresholds;
    private final AssemblyCounts counts;
    private final RegisterDirectory register;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    CovenantService(CovenantThresholdRepository thresholds, AssemblyCounts counts, RegisterDirectory register,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.thresholds = thresholds;
        this.counts = counts;
        this.register = register;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule the compound's next assembly will be counted by: the law's, tightened by the covenant. */
    @Transactional(readOnly = true)
    @PreAuthorize(AssemblyRoles.READ)
    public AssemblyRule covenant(long compoundId) {
        communityOf(compoundId);
        return counts.covenantRule(compoundId);
    }

    /**
     * Sets the compound's covenant: each share stricter than the law's is kept, one equal to it is the law's (no
     * row), a looser one is refused at {@code participation} or {@code decisions.MATTER}. Votes already open keep
     * the rule they opened with.
     */
    @Transactional
    @PreAuthorize(AssemblyRoles.ADMIN)
    public AssemblyRule setCovenant(long compoundId, CovenantDraft draft) {
        long communityId = communityOf(compoundId);
        AssemblyRule law = AssemblyRule.civilCode();
        Threshold participation = draft.participation() == null ? law.participation() : draft.participation();
        CHECK.that(participation.atLeastAsStrictAs(law.participation()), "participation", "assembly.covenant.looser",
                law.participation().toString());
        for (Matter matter : Matter.values()) {
            Threshold decision = draft.decisions().get(matter);
            CHECK.that(decision == null || decision.atLeastAsStrictAs(law.decision(matter)), "decisions." + matter,
                    "assembly.covenant.looser", law.decision(matter).toString());
        }
        AssemblyRule before = counts.covenantRule(compoundId);
        Map<String, CovenantThreshold> kept = thresholds.findByCompoundId(compoundId).stream()
                .collect(Collectors.toMap(CovenantThreshold::getSubject, Function.identity()));
        Recorded now = Recorded.now(clock);
        keep(kept, communityId, compoundId, CovenantThreshold.PARTICIPATION, participation, law.participation(), now);
        for (Matter matter : Matter.values()) {
            Threshold decision = draft.decisions().getOrDefault(matter, law.decision(matter));
            keep(kept, communityId, compoundId, matter.name(), decision, law.decision(matter), now);
        }
        AssemblyRule after = counts.covenantRule(compoundId);
        audit.record("ASSEMBLY_COVENANT_SET", "compound", compoundId, communityId,
                "covenant=" + describe(before), "covenant=" + describe(after));
        return after;
    }

    /** A share equal to the law's has no row; a stricter one is stored or updated. */
    private void keep(Map<String, CovenantThreshold> kept, long communityId, long compoundId, String subject,
            Threshold share, Threshold law, Recorded now) {
        CovenantThreshold row = kept.get(subject);
        if (share.equals(law)) {
            if (row != null) {
                thresholds.delete(row);
            }
            return;
        }
        if (row == null) {
            row = new CovenantThreshold(communityId, compoundId, subject);
        }
        row.set(share, now.actor(), now.at());
        thresholds.save(row);
    }

    /** What differs from the law, e.g. "PARTICIPATION ≥ 3/4; RENOVATE ≥ 4/5", or "CIVIL_CODE". */
    static String describe(AssemblyRule rule) {
        AssemblyRule law = AssemblyRule.civilCode();
        List<String> stricter = new ArrayList<>();
        if (!rule.participation().equals(law.participation())) {
            stricter.add(CovenantThreshold.PARTICIPATION + " " + rule.participation());
        }
        for (Matter matter : Matter.values()) {
            if (!rule.decision(matter).equals(law.decision(matter))) {
                stricter.add(matter + " " + rule.decision(matter));
            }
        }
        return stricter.isEmpty() ? "CIVIL_CODE" : String.join("; ", stricter);
    }

    private long communityOf(long compoundId) {
        long communityId = register.communityOfCompound(compoundId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(communityId)) {
            throw new NotFoundException();
        }
        return communityId;
    }
}
