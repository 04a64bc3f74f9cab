package org.cocreate.points;

import java.util.Set;

/** A photo of a grant: a JPEG, PNG or WebP image of at most {@value #MAX_BYTES} bytes. */
public record Photo(String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    /** Refuses what is not a photo of an accepted type and size, so that nothing else is stored. */
    Photo checked() {
        if (!TYPES.contains(contentType)) {
            throw new PointsRefusedException("photo", "points.photo.type");
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new PointsRefusedException("photo", "points.photo.size", MAX_BYTES / 1024 / 1024);
        }
        return this;
    }
}
