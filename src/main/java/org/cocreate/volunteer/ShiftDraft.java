package org.cocreate.volunteer;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A shift of an activity: its role (测血压, 登记, 清扫 …), its time within the activity and how many it takes. */
public record ShiftDraft(@Nullable String role, @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt,
        @Nullable Integer capacity) {

    public static final int ROLE_MAX = 50;
    public static final int CAPACITY_MAX = 500;
}
