package org.cocreate.meeting;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A member of a meeting on the secretary's list: checked in or not, a guest or not, a ballot link or not. */
public record MemberEntry(long residentId, String name, String address, boolean guest,
        @Nullable LocalDateTime checkedInAt, boolean hasBallot) {

    public boolean present() {
        return checkedInAt != null;
    }
}
