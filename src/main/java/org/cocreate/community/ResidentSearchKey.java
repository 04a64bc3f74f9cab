package org.cocreate.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.jspecify.annotations.Nullable;

/**
 * What the one search field finds a resident by: tokens that a query matches from a token's start. For 陈斌
 * with phone 13812345678 they are {@code 陈斌 斌 chenbin cb bin b 13812345678 5678 cc…}; a polyphonic
 * character gives every reading (曾 → zeng and ceng), bounded so that a name of many polyphones cannot blow
 * up the list. The search looks the query up among the prefixes of the tokens ({@link #prefixes}, kept in the
 * table resident_search_prefix by {@link ResidentSearchIndex}); the same tokens, space separated, are kept in
 * {@code resident.search_key} (see {@link #of}), where a query longer than the indexed prefixes is checked.
 */
public final class ResidentSearchKey {

    private static final int MAX_READINGS = 16;

    /**
     * How long a prefix the search index holds. Longer queries (a full pinyin, a whole phone number or card
     * code) are looked up by their first characters, a handful of residents, and checked against the search
     * key. Every prefix of every token made 49 rows a resident and an import of 5,000 residents several
     * times slower; six characters make 34 (ResidentSearchBenchmark's residents, see docs/PERFORMANCE.md).
     */
    public static final int INDEXED_LENGTH = 6;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private ResidentSearchKey() {
    }

    /** The tokens as one space-separated text with a space at each end, as in {@code resident.search_key}. */
    public static String of(String name, @Nullable String phone, @Nullable String cardCode) {
        return " " + String.join(" ", tokens(name, phone, cardCode)) + " ";
    }

    /** Name, name without surname, their pinyin readings and initials, phone digits and tail, card code. */
    public static Set<String> tokens(String name, @Nullable String phone, @Nullable String cardCode) {
        Set<String> tokens = new LinkedHashSet<>();
        String cleanName = name.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        tokens.add(cleanName);
        if (cleanName.length() > 1) {
            tokens.add(cleanName.substring(1));
        }
        for (String reading : readings(cleanName)) {
            tokens.add(reading.replace(" ", ""));
            tokens.add(initials(reading));
        }
        if (cleanName.length() > 1) {
            for (String reading : readings(cleanName.substring(1))) {
                tokens.add(reading.replace(" ", ""));
                tokens.add(initials(reading));
            }
        }
        if (phone != null && !phone.isBlank()) {
            String digits = phone.replaceAll("\\D", "");
            tokens.add(digits);
            if (digits.length() >= 4) {
                tokens.add(digits.substring(digits.length() - 4));
            }
        }
        if (cardCode != null && !cardCode.isBlank()) {
            tokens.add(cardCode.toLowerCase(Locale.ROOT));
        }
        tokens.remove("");
        return tokens;
    }

    /**
     * Every prefix of every token up to {@link #INDEXED_LENGTH} characters, each once: what the search index
     * holds. Cut at whole characters (code points), so that a rare character outside the basic plane is never
     * split in two.
     */
    public static Set<String> prefixes(Collection<String> tokens) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String token : tokens) {
            int length = 0;
            for (int end = 0; end < token.length() && length < INDEXED_LENGTH; length++) {
                end = token.offsetByCodePoints(end, 1);
                prefixes.add(token.substring(0, end));
            }
        }
        return prefixes;
    }

    /** The part of a search prefix the index holds: its first {@link #INDEXED_LENGTH} characters. */
    public static String indexedHead(String searchPrefix) {
        return searchPrefix.codePointCount(0, searchPrefix.length()) <= INDEXED_LENGTH ? searchPrefix
                : searchPrefix.substring(0, searchPrefix.offsetByCodePoints(0, INDEXED_LENGTH));
    }

    /** What a typed query becomes before it is matched against keys: lower case, no spaces. */
    public static String normaliseQuery(String query) {
        return query.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The prefix a typed query is looked up by: normalised, and without % and _, which the search ignored
     * when it was a LIKE over the keys (where they would have matched anything). Empty finds nobody.
     */
    public static String searchPrefix(String query) {
        return normaliseQuery(query).replace("%", "").replace("_", "");
    }

    /** The pinyin readings of a text, syllables separated by a space; a non-Chinese char stands for itself. */
    static List<String> readings(String text) {
        List<String> combos = new ArrayList<>(List.of(""));
        for (char c : text.toCharArray()) {
            List<String> options = syllables(c);
            List<String> next = new ArrayList<>();
            for (String prefix : combos) {
                for (String option : options) {
                    if (next.size() < MAX_READINGS) {
                        next.add(prefix.isEmpty() ? option : prefix + " " + option);
                    }
                }
            }
            combos = next;
        }
        return combos.stream().filter(s -> !s.isBlank()).toList();
    }

    private static List<String> syllables(char c) {
        try {
            String[] pinyin = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (pinyin == null || pinyin.length == 0) {
                return List.of(String.valueOf(c));
            }
            return List.copyOf(new LinkedHashSet<>(List.of(pinyin)));
        } catch (BadHanyuPinyinOutputFormatCombination impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String initials(String reading) {
        var initials = new StringBuilder();
        for (String syllable : reading.split(" ")) {
            if (!syllable.isEmpty()) {
                initials.append(syllable.charAt(0));
            }
        }
        return initials.toString();
    }
}
