package org.cocreate.community;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cocreate.base.AuditTrail;
import org.cocreate.base.Checks;
import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations of a community and their members with positions (业委会主任, 楼栋长 ...). */
@Service
public class OrganisationService {

    private static final Checks CHECK = new Checks(RegisterRefusedException::new);

    private final OrganisationRepository organisations;
    private final OrganisationMemberRepository members;
    private final CompoundRepository compounds;
    private final ResidentRepository residents;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    OrganisationService(OrganisationRepository organisations, OrganisationMemberRepository members,
            CompoundRepository compounds, ResidentRepository residents, CurrentUser currentUser, AuditTrail audit) {
        this.organisations = organisations;
        this.members = members;
        this.compounds = compounds;
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ)
    public List<OrganisationEntry> list(long communityId) {
        currentUser.requireAccess(communityId);
        Map<Long, String> compoundNames = compounds.findByCommunityIdOrderByName(communityId).stream()
                .collect(Collectors.toMap(Compound::id, Compound::getName));
        return organisations.findByCommunityIdOrderByTypeAscNameAsc(communityId).stream()
                .map(o -> new OrganisationEntry(o.id(), o.getType(), o.getName(), o.getCompoundId(),
                        o.getCompoundId() == null ? null : compoundNames.get(o.getCompoundId()),
                        members.countByOrganisationId(o.id())))
                .toList();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public long create(long communityId, OrganisationDraft draft) {
        currentUser.requireAccess(communityId);
        OrganisationDraft checked = checked(draft);
        if (organisations.existsByCommunityIdAndName(communityId, checked.name())) {
            throw new RegisterRefusedException("name", "organisation.name.taken", checked.name());
        }
        checkCompound(communityId, checked.compoundId());
        OrganisationType type = Objects.requireNonNull(checked.type());
        var organisation = organisations.save(new Organisation(communityId, checked.compoundId(), type,
                checked.name()));
        audit.record("ORGANISATION_CREATED", "organisation", organisation.id(), communityId, null,
                type + " " + checked.name());
        return organisation.id();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public void update(long organisationId, OrganisationDraft draft) {
        Organisation organisation = organisation(organisationId);
        OrganisationDraft checked = checked(draft);
        if (!checked.name().equals(organisation.getName())
                && organisations.existsByCommunityIdAndName(organisation.getCommunityId(), checked.name())) {
            throw new RegisterRefusedException("name", "organisation.name.taken", checked.name());
        }
        checkCompound(organisation.getCommunityId(), checked.compoundId());
        OrganisationType type = Objects.requireNonNull(checked.type());
        String before = organisation.getType() + " " + organisation.getName();
        organisation.update(checked.compoundId(), type, checked.name());
        audit.record("ORGANISATION_UPDATED", "organisation", organisation.id(), organisation.getCommunityId(),
                before, type + " " + checked.name());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(RegisterRoles.READ)
    public List<MemberEntry> members(long organisationId) {
        organisation(organisationId);
        return members.findByOrganisation(organisationId).stream()
                .map(m -> new MemberEntry(m.id(), m.getResident().id(), m.getResident().getName(),
                        HouseholdEntry.of(m.getResident().getHousehold()).address(), m.getPosition()))
                .toList();
    }

    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public long addMember(long organisationId, long residentId, @Nullable String position) {
        Organisation organisation = organisation(organisationId);
        Resident resident = residents.findById(residentId)
                .filter(r -> r.getCommunityId() == organisation.getCommunityId())
                .orElseThrow(() -> new RegisterRefusedException("resident", "organisation.member.unknown"));
        if (members.existsByOrganisationIdAndResidentId(organisationId, residentId)) {
            throw new RegisterRefusedException("resident", "organisation.member.already", resident.getName());
        }
        var member = members.save(new OrganisationMember(organisationId, resident,
                position(position)));
        audit.record("MEMBER_ADDED", "organisation", organisationId, organisation.getCommunityId(), null,
                resident.getName() + " " + member.getPosition());
        return member.id();
    }

    /** A member's new position (elections, a new building steward); blank clears it. */
    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public void changePosition(long memberId, @Nullable String position) {
        OrganisationMember member = members.findById(memberId).orElseThrow(NotFoundException::new);
        Organisation organisation = organisation(member.getOrganisationId());
        String before = member.getPosition();
        member.setPosition(position(position));
        audit.record("MEMBER_POSITION_CHANGED", "organisation", organisation.id(), organisation.getCommunityId(),
                member.getResident().getName() + " " + before,
                member.getResident().getName() + " " + member.getPosition());
    }

    @Transactional
    @PreAuthorize(RegisterRoles.STAFF)
    public void removeMember(long memberId) {
        OrganisationMember member = members.findById(memberId).orElseThrow(NotFoundException::new);
        Organisation organisation = organisation(member.getOrganisationId());
        members.delete(member);
        audit.record("MEMBER_REMOVED", "organisation", organisation.id(), organisation.getCommunityId(),
                member.getResident().getName() + " " + member.getPosition(), null);
    }

    private Organisation organisation(long organisationId) {
        Organisation organisation = organisations.findById(organisationId).orElseThrow(NotFoundException::new);
        if (!currentUser.canAccess(organisation.getCommunityId())) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private void checkCompound(long communityId, @Nullable Long compoundId) {
        if (compoundId != null && compounds.findById(compoundId)
                .filter(c -> c.getCommunityId() == communityId).isEmpty()) {
            throw new RegisterRefusedException("compoundId", "validation.required");
        }
    }

    /** An organisation as entered, checked: a type, a name; the compound is checked against the community. */
    private static OrganisationDraft checked(OrganisationDraft draft) {
        return new OrganisationDraft(CHECK.required("type", draft.type(), "validation.required"),
                CHECK.text("name", draft.name(), OrganisationDraft.NAME_MAX, "organisation.name.invalid"),
                draft.compoundId());
    }

    private static @Nullable String position(@Nullable String position) {
        return CHECK.optionalText("position", position, MemberEntry.POSITION_MAX, "validation.tooLong");
    }

}
