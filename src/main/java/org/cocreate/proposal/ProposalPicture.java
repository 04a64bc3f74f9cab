package org.cocreate.proposal;

import java.util.Set;
import org.cocreate.base.Pictures;

/**
 * A photo of a proposal: a JPEG, PNG or WebP image of at most {@value #MAX_BYTES} bytes as uploaded, stored
 * as {@link Pictures} writes it anew (upright, at most {@value #MAX_SIDE} px, without its EXIF location).
 */
public record ProposalPicture(String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Enough to see a crack in the road on a tablet, at a few hundred KB. */
    public static final int MAX_SIDE = 1600;
    /** What the upload lets a user choose; what is stored is decided by the content, not by this. */
    public static final Set<String> TYPES = Set.of("image/jpeg", "image/png", "image/webp");

    /** Refuses what is not a picture by its content, whatever the browser declared, and what is too large. */
    ProposalPicture checked() {
        Pictures.Encoded encoded = Pictures.checkedUpload(content, MAX_BYTES, MAX_SIDE, ProposalRefusedException::new, "photo", "proposal.photo");
        return new ProposalPicture(encoded.contentType(), encoded.content());
    }
}
