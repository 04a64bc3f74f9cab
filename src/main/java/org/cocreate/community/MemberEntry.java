package org.cocreate.community;

import org.jspecify.annotations.Nullable;

public record MemberEntry(long id, long residentId, String residentName, String address,
        @Nullable String position) {

    /** The longest position (the column's length), for the service's check and the fields. */
    public static final int POSITION_MAX = 50;
}
