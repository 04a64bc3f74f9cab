package org.cocreate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cocreate.exchange.MovementKind;
import org.junit.jupiter.api.Test;

/**
 * The audit screen shows every action as a sentence and every kind of target and field by name, in both
 * languages, and filters every action by its kind. Each action code written anywhere in the code
 * ({@code audit.record("X", "type", ...)}, also as one of two, {@code recordAlone(actor, "X", ...)}, and the
 * stock movements' {@code "STOCK_" + kind}) needs {@code audit.action.X} and {@code audit.sentence.X} and a
 * place in one {@link AuditKind}; each target type {@code audit.target.type}; each field the states are
 * written with ({@code "field=" + value}, and the records whose toString is the state) {@code audit.field.field}.
 */
class AuditTranslationsTest {

    private static final Pattern RECORD = Pattern.compile("\\.record\\(\\s*\"([A-Z_]+)\"\\s*,\\s*\"([a-z_]+)\"");
    /** {@code audit.record(deduction ? "X" : "Y", "type", ...)}. */
    private static final Pattern RECORD_EITHER = Pattern.compile(
            "\\.record\\([^,\"]*\\?\\s*\"([A-Z_]+)\"\\s*:\\s*\"([A-Z_]+)\"\\s*,\\s*\"([a-z_]+)\"");
    private static final Pattern RECORD_ALONE = Pattern.compile("\\.recordAlone\\([^,]+,\\s*\"([A-Z_]+)\"");
    /** A field as the states are written: {@code "name=" + name} or {@code ", name=" + name}. */
    private static final Pattern STATE_FIELD = Pattern.compile("\"(?:, )?([a-z][A-Za-z]*)=\"\\s*\\+");
    /** Records whose toString() is written as a state. */
    private static final Set<Class<? extends Record>> STATE_RECORDS = Set.of(org.cocreate.exchange.ItemDraft.class,
            org.cocreate.points.RuleDraft.class, org.cocreate.points.CommunityPointsSettings.class);

    @Test
    void everyAuditedActionAndTargetHasANameASentenceAndAKindInChineseAndEnglish() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> targets = new TreeSet<>(Set.of("user"));
        Set<String> fields = new TreeSet<>(Set.of("scope", "until", "type", "bytes", "mustChangePassword"));
        for (String source : sources()) {
            Matcher record = RECORD.matcher(source);
            while (record.find()) {
                actions.add(record.group(1));
                targets.add(record.group(2));
            }
            Matcher either = RECORD_EITHER.matcher(source);
            while (either.find()) {
                actions.add(either.group(1));
                actions.add(either.group(2));
                targets.add(either.group(3));
            }
            Matcher alone = RECORD_ALONE.matcher(source);
            while (alone.find()) {
                actions.add(alone.group(1));
            }
            Matcher field = STATE_FIELD.matcher(source);
            while (field.find()) {
                fields.add(field.group(1));
            }
        }
        for (MovementKind kind : MovementKind.values()) {
            if (kind != MovementKind.REDEMPTION && kind != MovementKind.RETURN) {
                actions.add("STOCK_" + kind.name());
            }
        }
        STATE_RECORDS.forEach(type -> Arrays.stream(type.getRecordComponents()).forEach(c -> fields.add(c.getName())));
        assertThat(actions).as("the scan finds the actions").contains("LOGIN_FAILED", "USER_CREATED",
                "RESIDENT_CREATED", "COMMUNITY_CREATED", "POINTS_GRANTED", "EXCHANGE_REDEEMED");
        assertThat(fields).as("the scan finds the fields").contains("residentName", "balanceAfter", "roles");

        assertThat(actions).as("actions in no AuditKind, or in more than one").allSatisfy(action ->
                assertThat(Arrays.stream(AuditKind.values()).filter(k -> k.actions().contains(action))).as(action)
                        .hasSize(1));
        for (String language : new String[] {"zh_CN", "en"}) {
            Properties translations = translations(language);
            assertThat(actions).as("actions without audit.action.* in translations_%s", language)
                    .allSatisfy(a -> assertThat(translations.getProperty("audit.action." + a)).as(a).isNotBlank());
            assertThat(actions).as("actions without audit.sentence.* in translations_%s", language)
                    .allSatisfy(a -> assertThat(translations.getProperty("audit.sentence." + a)).as(a).isNotBlank());
            assertThat(targets).as("targets without audit.target.* in translations_%s", language)
                    .allSatisfy(t -> assertThat(translations.getProperty("audit.target." + t)).as(t).isNotBlank());
            assertThat(fields).as("fields without audit.field.* in translations_%s", language)
                    .allSatisfy(f -> assertThat(translations.getProperty("audit.field." + f)).as(f).isNotBlank());
            assertThat(AuditKind.values()).as("kinds without a name in translations_%s", language)
                    .allSatisfy(k -> assertThat(translations.getProperty(k.translationKey())).as(k.name())
                            .isNotBlank());
        }
    }

    private static java.util.List<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            var sources = new java.util.ArrayList<String>();
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
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
