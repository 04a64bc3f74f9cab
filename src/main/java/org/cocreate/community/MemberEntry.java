package org.cocreate.community;

import org.jspecify.annotations.Nullable;

public record MemberEntry(long id, long residentId, String residentName, String address,
        @Nullable String position) {
}
