package org.cocreate.community;

import org.jspecify.annotations.Nullable;

/** An owner of the property register as others find them: by name, or by the phone they gave. */
public record OwnerContact(long ownerId, String name, @Nullable String phone) {
}
