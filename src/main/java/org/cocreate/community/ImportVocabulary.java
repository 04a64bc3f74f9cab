package org.cocreate.community;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The words a spreadsheet uses for tags and genders: the names the screens show (from the translation
 * files, Chinese and English) and the enum names, so that a sheet exported in either language reads back.
 */
final class ImportVocabulary {

    static final String BUNDLE = "vaadin-i18n.translations";
    /** Tags are listed with 、 in Chinese; commas and semicolons (either width) are accepted too. */
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[、,，;；]+");

    private static final Map<String, ResidentTag> TAGS = new HashMap<>();
    private static final Map<String, Gender> GENDERS = new HashMap<>();
    private static final Map<ResidentTag, String> CHINESE_TAG_NAMES = new EnumMap<>(ResidentTag.class);

    static {
        ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle english = bundle(Locale.ENGLISH);
        for (ResidentTag tag : ResidentTag.values()) {
            CHINESE_TAG_NAMES.put(tag, chinese.getString(tag.translationKey()));
            for (String word : List.of(tag.name(), chinese.getString(tag.translationKey()),
                    english.getString(tag.translationKey()))) {
                TAGS.put(normalise(word), tag);
            }
        }
        for (Gender gender : Gender.values()) {
            for (String word : List.of(gender.name(), chinese.getString(gender.translationKey()),
                    english.getString(gender.translationKey()))) {
                GENDERS.put(normalise(word), gender);
            }
        }
        GENDERS.put("男性", Gender.MALE);
        GENDERS.put("m", Gender.MALE);
        GENDERS.put("女性", Gender.FEMALE);
        GENDERS.put("f", Gender.FEMALE);
    }

    private ImportVocabulary() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Optional<ResidentTag> tag(String word) {
        return Optional.ofNullable(TAGS.get(normalise(word)));
    }

    static Optional<Gender> gender(String word) {
        return Optional.ofNullable(GENDERS.get(normalise(word)));
    }

    static List<String> splitTags(String cell) {
        return TAG_SEPARATOR.splitAsStream(cell).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String chineseName(ResidentTag tag) {
        return CHINESE_TAG_NAMES.get(tag);
    }

    private static String normalise(String word) {
        return word.replaceAll("[\\s\\u3000_]", "").toLowerCase(Locale.ROOT);
    }
}
