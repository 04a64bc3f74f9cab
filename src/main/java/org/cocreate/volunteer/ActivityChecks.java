package org.cocreate.volunteer;

import java.time.LocalDateTime;
import java.util.Objects;
import org.cocreate.base.Checks;
import org.cocreate.community.RegisterDirectory;

/** The checks of an activity's and a shift's input, shared by one-off and recurring activities. */
final class ActivityChecks {

    private static final Checks CHECK = RosterService.CHECK;

    private ActivityChecks() {
    }

    /** The activity's fields, each refused at its own; the compound and team of the same community. */
    static ActivityDraft activity(RegisterDirectory register, long communityId, ActivityDraft draft) {
        String title = CHECK.text("title", draft.title(), ActivityDraft.TITLE_MAX, "volunteer.title.invalid");
        ActivityType type = CHECK.required("type", draft.type(), "volunteer.type.required");
        String place = CHECK.text("place", draft.place(), ActivityDraft.PLACE_MAX, "volunteer.place.invalid");
        String description = CHECK.optionalText("description", draft.description(), ActivityDraft.DESCRIPTION_MAX,
                "volunteer.description.invalid");
        LocalDateTime startsAt = CHECK.required("startsAt", draft.startsAt(), "volunteer.startsAt.required");
        LocalDateTime endsAt = CHECK.required("endsAt", draft.endsAt(), "volunteer.endsAt.required");
        CHECK.that(endsAt.isAfter(startsAt), "endsAt", "volunteer.endsAt.beforeStart");
        CHECK.that(draft.compoundId() == null
                || register.communityOfCompound(draft.compoundId()).orElse(-1L) == communityId, "compoundId",
                "volunteer.compound.invalid");
        CHECK.that(draft.teamId() == null
                || register.communityOfOrganisation(draft.teamId()).orElse(-1L) == communityId, "teamId",
                "volunteer.team.invalid");
        return new ActivityDraft(title, type, place, draft.compoundId(), draft.teamId(), description, startsAt, endsAt);
    }

    /** A shift within [from, to), refused at its own fields: {@code shifts.<i>.role} and so on. */
    static ShiftDraft shift(ShiftDraft shift, LocalDateTime from, LocalDateTime to, String at) {
        String role = CHECK.text(at + "role", shift.role(), ShiftDraft.ROLE_MAX, "volunteer.role.invalid");
        LocalDateTime startsAt = shift.startsAt() == null ? from : shift.startsAt();
        LocalDateTime endsAt = shift.endsAt() == null ? to : shift.endsAt();
        CHECK.that(Objects.requireNonNull(endsAt).isAfter(startsAt), at + "endsAt", "volunteer.endsAt.beforeStart");
        CHECK.that(!startsAt.isBefore(from) && !endsAt.isAfter(to), at + "startsAt",
                "volunteer.shift.outside");
        int capacity = CHECK.between(at + "capacity", shift.capacity(), 1, ShiftDraft.CAPACITY_MAX,
                "volunteer.capacity.invalid");
        return new ShiftDraft(role, startsAt, endsAt, capacity);
    }
}
