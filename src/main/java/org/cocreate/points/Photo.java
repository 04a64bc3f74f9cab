package org.cocreate.points;

import java.util.Set;
import org.cocreate.base.Pictures;

/**
 * A photo of a grant: uploaded as a JPEG, PNG or WebP image of at most {@value #MAX_BYTES} bytes, stored as
 * {@link Pictures} writes it anew.
 */
public record Photo(String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * The longer side as stored: a grant's photo is evidence an admin looks at full screen on a tablet (and
     * zooms into a little) before approving; 1600 px shows a clean staircase or a volunteer's face clearly,
     * at about 200-400 KB as JPEG instead of the camera's 3-6 MB.
     */
    public static final int MAX_SIDE = 1600;
    /** What the upload lets a user choose; what is stored is decided by the content, not by this. */
    public static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    /**
     * The photo as it may be stored: decoded, turned upright, scaled down and re-encoded, which drops its
     * EXIF (with the place it was taken). Refuses what is not a picture by its content, whatever type the
     * browser declared, and what is too large.
     */
    Photo checked() {
        Pictures.Encoded encoded = Pictures.checkedUpload(content, MAX_BYTES, MAX_SIDE, PointsRefusedException::new, "photo", "points.photo");
        return new Photo(encoded.contentType(), encoded.content());
    }
}
