package org.cocreate.assembly;

import java.util.Set;
import org.cocreate.base.Pictures;

/**
 * The photo of a signed paper ballot as taken on the tablet: a JPEG, PNG or WebP image of at most
 * {@value #MAX_BYTES} bytes, stored as {@link Pictures} writes it anew (upright, without its EXIF location).
 */
public record BallotPicture(String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Enough to read a signature and the ticks on an A4 paper on a tablet. */
    public static final int MAX_SIDE = 2000;
    public static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    /** Refuses what is not a picture by its content, whatever the browser declared, and what is too large. */
    BallotPicture checked() {
        Pictures.Encoded encoded = Pictures.checkedUpload(content, MAX_BYTES, MAX_SIDE, AssemblyRefusedException::new, "photo", "assembly.photo");
        return new BallotPicture(encoded.contentType(), encoded.content());
    }
}
