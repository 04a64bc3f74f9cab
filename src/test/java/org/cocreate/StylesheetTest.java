package org.cocreate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet is served as it is, with no build to catch a broken rule: at least its blocks must close.
 * And it keeps one badge: the pill is written once, and badges take their colours from Lumo.
 */
class StylesheetTest {

    private static final Pattern PILL = Pattern.compile("border-radius:\\s*999px");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern LITERAL_COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsla?\\(");

    @Test
    void everyBlockOfTheStylesheetCloses() throws IOException {
        String css = css();
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            assertThat(depth).as("nesting at line %d", line).isBetween(0, 2);
        }
        assertThat(depth).isZero();
    }

    @Test
    void thePillIsWrittenOnceInTheBadge() throws IOException {
        List<String> pills = new ArrayList<>();
        Matcher rule = RULE.matcher(css());
        while (rule.find()) {
            if (PILL.matcher(rule.group(2)).find()) {
                pills.add(rule.group(1).strip());
            }
        }
        assertThat(pills).as("rules that draw a pill (use base/ui Badge instead)").containsExactly(".badge");
    }

    @Test
    void badgesTakeTheirColoursFromLumo() throws IOException {
        List<String> literal = new ArrayList<>();
        Matcher rule = RULE.matcher(css());
        int badgeRules = 0;
        while (rule.find()) {
            if (rule.group(1).contains(".badge")) {
                badgeRules++;
                if (LITERAL_COLOUR.matcher(rule.group(2)).find()) {
                    literal.add(rule.group(1).strip());
                }
            }
        }
        assertThat(badgeRules).isGreaterThan(5);
        assertThat(literal).as("badge rules with a literal colour").isEmpty();
    }

    private static String css() throws IOException {
        return Files.readString(Path.of("frontend/cocreate/styles.css")).replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
