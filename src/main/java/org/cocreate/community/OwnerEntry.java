package org.cocreate.community;

import org.jspecify.annotations.Nullable;

/** An owner as the screens show them: living here (a resident) or elsewhere, with the phone masked. */
public record OwnerEntry(long id, @Nullable Long residentId, String name, String maskedPhone) {

    public boolean livesHere() {
        return residentId != null;
    }
}
