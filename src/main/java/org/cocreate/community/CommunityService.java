package org.cocreate.community;

import java.util.Comparator;
import java.util.List;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities themselves. A sub-district admin creates the communities of their sub-district; an
 * admin of a community only sees the communities they work in.
 */
@Service
public class CommunityService {

    private static final Checks CHECK = new Checks(RegisterRefusedException::new);

    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final ResidentRepository residents;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CommunityService(CommunityRepository communities, CompoundRepository compounds, ResidentRepository residents,
            CurrentUser currentUser, AuditTrail audit) {
        this.communities = communities;
        this.compounds = compounds;
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The communities the admin works in: for a sub-district admin, every community of the sub-district. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.ADMIN)
    public List<CommunityEntry> list() {
        return communities.findAllById(currentUser.communityIds()).stream()
                .sorted(Comparator.comparing(Community::id))
                .map(c -> new CommunityEntry(c.id(), c.getName(),
                        compounds.findByCommunityIdOrderByName(c.id()).size(), residents.countByCommunityId(c.id())))
                .toList();
    }

    /** Whether the signed-in admin may create communities, i.e. is a sub-district admin. */
    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.ADMIN)
    public boolean mayCreate() {
        return currentUser.subdistrictId().isPresent();
    }

    /** A new community in the sub-district of the signed-in sub-district admin, who works in it at once. */
    @Transactional
    @PreAuthorize(RegisterRoles.ADMIN)
    public long createCommunity(String name) {
        long subdistrictId = currentUser.subdistrictId()
                .orElseThrow(() -> new AccessDeniedException("only a sub-district admin creates communities"));
        String cleanName = CHECK.text("name", name, CommunityEntry.NAME_MAX, "community.name.invalid");
        if (communities.existsByName(cleanName)) {
            throw new RegisterRefusedException("name", "community.name.taken", cleanName);
        }
        var community = communities.save(new Community(subdistrictId, cleanName));
        audit.record("COMMUNITY_CREATED", "community", community.id(), community.id(), null, cleanName);
        return community.id();
    }
}
