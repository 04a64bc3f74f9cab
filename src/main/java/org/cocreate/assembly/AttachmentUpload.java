package org.cocreate.assembly;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A paper of an item as uploaded: a PDF, JPEG or PNG file of at most {@value #MAX_BYTES} bytes. What it is, is
 * decided by its first bytes, not by the name or the type the browser declared; it is kept as uploaded (a plan's
 * drawing is not scaled down), so a picture is stored byte for byte.
 */
public record AttachmentUpload(@Nullable String name, byte[] content) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int NAME_MAX = 200;
    /** A plan, a budget and a drawing or two; more belongs in the proposal's own papers. */
    public static final int PER_ITEM_MAX = 10;
    /** What the upload lets a user choose. */
    public static final Set<String> TYPES = Set.of("application/pdf", ".pdf", "image/jpeg", "image/png");

    /** The type its first bytes say, or null when it is none of the three. */
    @Nullable String sniffedType() {
        if (startsWith(0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (startsWith(0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        return null;
    }

    private boolean startsWith(int... expected) {
        if (content.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The upload checked: its name stripped (and only the file's own name), its type from its content. */
    record Checked(String name, String contentType, byte[] content) {
    }
}
