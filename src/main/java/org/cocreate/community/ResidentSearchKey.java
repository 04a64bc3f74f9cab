package org.cocreate.community;

import java.util.ArrayList;
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
 * The precomputed text the one search field looks in: a space-separated list of tokens that a query
 * matches from a token's start. For 陈斌 with phone 13812345678 it is
 * {@code " 陈斌 斌 chenbin cb bin b 13812345678 5678 cc-…"}; a polyphonic character gives every reading
 * (曾 → zeng and ceng), bounded so that a name of many polyphones cannot blow up the key.
 */
public final class ResidentSearchKey {

    private static final int MAX_READINGS = 16;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private ResidentSearchKey() {
    }

    public static String of(String name, @Nullable String phone, @Nullable String cardCode) {
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
        return " " + String.join(" ", tokens) + " ";
    }

    /** What a typed query becomes before it is matched against keys: lower case, no spaces. */
    public static String normaliseQuery(String query) {
        return query.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
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
