package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit screen shows every action and kind of target by name, in both languages: each action code
 * written anywhere in the code ({@code audit.record("X", "type", ...)}, {@code recordAlone(actor, "X", ...)})
 * needs {@code audit.action.X}, each target type {@code audit.target.type}, in both translation files.
 */
class AuditTranslationsTest {

    private static final Pattern RECORD = Pattern.compile("\\.record\\(\\s*\"([A-Z_]+)\"\\s*,\\s*\"([a-z_]+)\"");
    private static final Pattern RECORD_ALONE = Pattern.compile("\\.recordAlone\\([^,]+,\\s*\"([A-Z_]+)\"");

    @Test
    void everyAuditedActionAndTargetHasANameInChineseAndEnglish() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> targets = new TreeSet<>(Set.of("user"));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher record = RECORD.matcher(source);
                while (record.find()) {
                    actions.add(record.group(1));
                    targets.add(record.group(2));
                }
                Matcher alone = RECORD_ALONE.matcher(source);
                while (alone.find()) {
                    actions.add(alone.group(1));
                }
            }
        }
        assertThat(actions).as("the scan finds the actions").contains("LOGIN_FAILED", "USER_CREATED",
                "RESIDENT_CREATED", "COMMUNITY_CREATED");

        for (String language : new String[] {"zh_CN", "en"}) {
            Properties translations = translations(language);
            assertThat(actions).as("actions without audit.action.* in translations_%s", language)
                    .allSatisfy(a -> assertThat(translations.getProperty("audit.action." + a)).as(a).isNotBlank());
            assertThat(targets).as("targets without audit.target.* in translations_%s", language)
                    .allSatisfy(t -> assertThat(translations.getProperty("audit.target." + t)).as(t).isNotBlank());
        }
    }

    private static Properties translations(String language) throws IOException {
        var properties = new Properties();
        try (InputStream in = AuditTranslationsTest.class
                .getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
