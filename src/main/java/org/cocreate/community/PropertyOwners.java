package org.cocreate.community;

import java.util.Objects;
import org.cocreate.base.Checks;
import org.springframework.stereotype.Component;

/**
 * Finds or registers an owner: a resident of the community, or someone living elsewhere by name and phone. The
 * same resident, or the same name and phone, is the same owner across units (counted once by head), whether
 * entered by hand or by the import of the property register. Callers hold the transaction and the checks.
 */
@Component
class PropertyOwners {

    private static final Checks CHECK = new Checks(RegisterRefusedException::new);

    private final PropertyOwnerRepository owners;
    private final ResidentRepository residents;

    PropertyOwners(PropertyOwnerRepository owners, ResidentRepository residents) {
        this.owners = owners;
        this.residents = residents;
    }

    PropertyOwner owner(long communityId, OwnerDraft draft) {
        if (draft.residentId() != null) {
            Resident resident = residents.findById(draft.residentId())
                    .filter(r -> r.getCommunityId() == communityId)
                    .orElseThrow(() -> new RegisterRefusedException("residentId", "property.owner.unknown"));
            return owners.findFirstByCommunityIdAndResidentId(communityId, resident.id())
                    .orElseGet(() -> owners.save(new PropertyOwner(communityId, resident.id(), resident.getName(),
                            resident.getPhone())));
        }
        String name = CHECK.text("name", draft.name(), OwnerDraft.NAME_MAX, "property.owner.name.invalid");
        String phone = PhoneNumbers.normalise(draft.phone());
        CHECK.that(phone != null && PhoneNumbers.isValid(phone), "phone", "property.owner.phone.invalid");
        String checkedPhone = Objects.requireNonNull(phone);
        return owners.findFirstByCommunityIdAndResidentIdIsNullAndNameAndPhone(communityId, name, checkedPhone)
                .orElseGet(() -> owners.save(new PropertyOwner(communityId, null, name, checkedPhone)));
    }
}
