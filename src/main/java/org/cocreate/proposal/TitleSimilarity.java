package org.cocreate.proposal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two short Chinese titles are: the share of their pairs of neighbouring characters that they
 * have in common (Dice's coefficient over bigrams). Chinese has no spaces to split words at; pairs of
 * characters catch 路灯 in 小区路灯不亮 and 路灯坏了 without a dictionary.
 */
final class TitleSimilarity {

    private TitleSimilarity() {
    }

    /** The pairs of neighbouring letters or digits of a title, punctuation and spaces left out. */
    static Set<String> pairs(String title) {
        String kept = title.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Set<String> pairs = new HashSet<>();
        int[] points = kept.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            pairs.add(new String(points, i, 2));
        }
        if (points.length == 1) {
            pairs.add(kept);
        }
        return pairs;
    }

    /** 0 (nothing shared) to 1 (the same pairs). */
    static double of(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }
}
