package org.cocreate.points;

/** A name as the public may see it: the family name, the rest masked (陈斌 → 陈*, 欧阳明 → 欧**). */
public final class MaskedName {

    private MaskedName() {
    }

    public static String of(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return "*";
        }
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return trimmed.substring(0, first) + "*".repeat(Math.max(1, rest));
    }
}
