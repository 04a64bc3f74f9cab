package org.cocreate.security.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocreate.base.ui.Formats;
import org.cocreate.security.AuditLogEntry;
import org.jspecify.annotations.Nullable;

/**
 * An audit line as a sentence in the reader's language: who did what to whom ({@code audit.sentence.<ACTION>}
 * with the actor as {0} and the target as {1}), then the fields that changed, before → after, or for a new
 * thing the fields it was made with. Field names are {@code audit.field.<field>}; values are made readable:
 * enum names through their own translation keys (roles, grant statuses, genders ...), yes and no for
 * booleans, points as points, nothing for null. An action without a sentence of its own still reads as one
 * ({@code audit.sentence.unknown}), so no line ever shows a code.
 */
final class AuditSentences {

    static final String SENTENCE_PREFIX = "audit.sentence.";
    static final String FIELD_PREFIX = "audit.field.";

    /** Fields whose value is a change of a balance, signed; and amounts of points. */
    private static final Set<String> SIGNED_POINTS = Set.of("amount");
    private static final Set<String> POINTS = Set.of("balanceAfter", "points", "price", "approvalThreshold");
    /** Fields that name another thing by its id. */
    private static final Set<String> IDS = Set.of("resident", "rule", "standard", "reverses", "entry", "household",
            "subdistrict", "communities", "compound", "into", "owner");
    /** Where each field's enum values are translated; a free text tries them all. */
    private static final Map<String, List<String>> ENUMS = Map.of(
            "status", List.of("points.grantStatus.", "points.standard.status.", "proposal.status."),
            "kind", List.of("points.kind.", "exchange.itemKind."),
            "roles", List.of("role."),
            "gender", List.of("gender."),
            "tags", List.of("tag."),
            "coverage", List.of("coverage."),
            "category", List.of("points.category.", "proposal.category."),
            "channel", List.of("proposal.channel."),
            "verdict", List.of("proposal.verdict."),
            "scope", List.of("audit.scope."));
    private static final List<String> ANY_ENUM = Stream.concat(ENUMS.values().stream().flatMap(List::stream),
            Stream.of("organisation.type.")).distinct().toList();
    private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(:\\d{2})?)");
    private static final Pattern MAP_ENTRY = Pattern.compile("(\\d+)=(\\d+)");

    private final Map<String, String> translations;
    private final Locale locale;
    private final Formats formats;
    private final Map<Long, String> communityNames;

    /**
     * {@code translations}: every translation of the reader's language, by key; {@code communityNames}: the
     * communities' names by id, so that a user's communities read 文峰塔社区 rather than a number.
     */
    AuditSentences(Map<String, String> translations, Locale locale, Map<Long, String> communityNames) {
        this.translations = translations;
        this.locale = locale;
        this.formats = Formats.of(locale);
        this.communityNames = communityNames;
    }

    String sentence(AuditLogEntry entry) {
        AuditState before = AuditState.parse(entry.before());
        AuditState after = AuditState.parse(entry.after());
        String who = entry.actorName() == null ? t("audit.nobody") : entry.actorName();
        String whom = whom(entry, before, after);
        String pattern = translations.get(SENTENCE_PREFIX + entry.action());
        String said = pattern != null ? format(pattern, who, whom)
                : format(t(SENTENCE_PREFIX + "unknown"), who, whom, actionName(entry.action()));
        String details = details(before, after);
        return details.isEmpty() ? said : said + t("audit.detailsSeparator") + details;
    }

    /** The action's name (登录失败), or for a code nobody translated, its words in lower case. */
    String actionName(String action) {
        String name = translations.get(AuditLogView.ACTION_PREFIX + action);
        return name != null ? name : action.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Whom or what it was done to: by name where the line has one (a resident, a user, an item), else by kind and number. */
    private String whom(AuditLogEntry entry, AuditState before, AuditState after) {
        for (String field : List.of("residentName", "name", "title", "username")) {
            String named = Objects.requireNonNullElse(after.get(field), Objects.requireNonNullElse(before.get(field),
                    ""));
            if (!named.isEmpty() && !(field.equals("name") && "user".equals(entry.targetType())
                    && entry.action().startsWith("LOGIN"))) {
                return named;
            }
        }
        String resident = after.get("resident") != null ? after.get("resident") : before.get("resident");
        if (resident != null) {
            return t("audit.target.resident") + " #" + resident;
        }
        if (entry.targetType() == null || entry.targetId() == null) {
            return entry.targetType() == null ? "" : targetType(entry.targetType());
        }
        return targetType(entry.targetType()) + " #" + entry.targetId();
    }

    private String targetType(String type) {
        return translations.getOrDefault(AuditLogView.TARGET_PREFIX + type, t("audit.target.other"));
    }

    /** What changed (field: before → after), or what a new thing was made with (field: value). */
    String details(AuditState before, AuditState after) {
        if (before.hasFields() && after.hasFields()) {
            Set<String> fields = new LinkedHashSet<>(after.fields().keySet());
            fields.addAll(before.fields().keySet());
            fields.removeAll(shownByName(after));
            return fields.stream()
                    .filter(field -> !same(before.get(field), after.get(field)))
                    .map(field -> fieldName(field) + t("audit.labelSeparator") + valueOrNone(field, before.get(field))
                            + " → " + valueOrNone(field, after.get(field)))
                    .collect(Collectors.joining(t("audit.fieldSeparator")));
        }
        if (before.isEmpty() || after.isEmpty()) {
            AuditState only = before.isEmpty() ? after : before;
            if (!only.hasFields()) {
                return only.text() == null ? "" : freeText(only.text());
            }
            Set<String> byName = shownByName(only);
            return only.fields().keySet().stream()
                    .filter(field -> !byName.contains(field))
                    .filter(field -> only.get(field) != null && !only.get(field).equals("[]")
                            && !only.get(field).equals("{}"))
                    .map(field -> fieldName(field) + t("audit.labelSeparator") + value(field, only.get(field)))
                    .collect(Collectors.joining(t("audit.fieldSeparator")));
        }
        return whole(before) + " → " + whole(after);
    }

    /** Equal values; lists (a set of roles) whatever their order. */
    private static boolean same(@Nullable String before, @Nullable String after) {
        if (before != null && after != null && before.startsWith("[") && after.startsWith("[")) {
            return Stream.of(before.replaceAll("[\\[\\]\\s]", "").split(",")).sorted().toList()
                    .equals(Stream.of(after.replaceAll("[\\[\\]\\s]", "").split(",")).sorted().toList());
        }
        return Objects.equals(before, after);
    }

    /**
     * Fields not to list because a name says them: the resident, who is in the sentence already, and an id
     * whose name the line carries ({@code rule} beside {@code ruleName}).
     */
    private static Set<String> shownByName(AuditState state) {
        Set<String> hidden = new java.util.HashSet<>(Set.of("residentName"));
        for (String field : state.fields().keySet()) {
            if (field.endsWith("Name") && state.get(field) != null) {
                hidden.add(field.substring(0, field.length() - "Name".length()));
            }
        }
        return hidden;
    }

    private String whole(AuditState state) {
        return state.hasFields() ? details(AuditState.parse(null), state) : freeText(Objects.requireNonNull(state.text()));
    }

    private String fieldName(String field) {
        return translations.getOrDefault(FIELD_PREFIX + field, field);
    }

    private String valueOrNone(String field, @Nullable String raw) {
        return raw == null || raw.equals("[]") || raw.equals("{}") ? t("audit.none") : value(field, raw);
    }

    /** A value as a reader knows it. */
    String value(String field, String raw) {
        if (raw.startsWith("[") && raw.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : raw.substring(1, raw.length() - 1).split(",\\s*")) {
                if (!item.isBlank()) {
                    items.add(value(field, item.strip()));
                }
            }
            return items.isEmpty() ? t("audit.none") : String.join(t("audit.listSeparator"), items);
        }
        if (field.equals("basket") && raw.startsWith("{")) {
            List<String> lines = new ArrayList<>();
            Matcher line = MAP_ENTRY.matcher(raw);
            while (line.find()) {
                lines.add(format(t("audit.basketLine"), t("audit.target.exchange_item") + " #" + line.group(1),
                        formats.number(Long.parseLong(line.group(2)))));
            }
            return String.join(t("audit.listSeparator"), lines);
        }
        if (raw.equals("true") || raw.equals("false")) {
            return t(raw.equals("true") ? "common.yes" : "common.no");
        }
        if (NUMBER.matcher(raw).matches()) {
            long number = Long.parseLong(raw);
            if (SIGNED_POINTS.contains(field)) {
                return formats.signedPoints(number);
            }
            if (POINTS.contains(field)) {
                return formats.points(number);
            }
            if (field.equals("communities") && communityNames.containsKey(number)) {
                return communityNames.get(number);
            }
            return IDS.contains(field) ? "#" + raw : raw;
        }
        if (ENUM_NAME.matcher(raw).matches()) {
            for (String prefix : ENUMS.getOrDefault(field, ANY_ENUM)) {
                String name = translations.get(prefix + raw);
                if (name != null) {
                    return name;
                }
            }
        }
        return DATE_TIME.matcher(raw).replaceAll("$1 $2");
    }

    /** A text as written (a name, an address), with the enum names in it translated (党支部 for PARTY_BRANCH). */
    private String freeText(String text) {
        return Stream.of(text.split(" "))
                .map(word -> ENUM_NAME.matcher(word).matches() ? value("", word) : word)
                .collect(Collectors.joining(" "));
    }

    private String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private String t(String key) {
        return translations.getOrDefault(key, key);
    }
}
