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
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new ProposalRefusedException("photo", "proposal.photo.size", MAX_BYTES / 1024 / 1024);
        }
        try {
            Pictures.Encoded encoded = Pictures.reencoded(content, MAX_SIDE);
            return new ProposalPicture(encoded.contentType(), encoded.content());
        } catch (Pictures.RefusedPicture refused) {
            throw switch (refused.problem()) {
                case NOT_A_PICTURE -> new ProposalRefusedException("photo", "proposal.photo.type");
                case TOO_MANY_PIXELS -> new ProposalRefusedException("photo", "proposal.photo.pixels",
                        Pictures.MAX_PIXELS / 1_000_000);
            };
        }
    }
}
