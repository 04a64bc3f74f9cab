package org.cocreate.security.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A state as the features write it into the audit trail, read back into its fields. Most are
 * {@code field=value, field=value} (the entities' auditState methods) or a record's
 * {@code Name[field=value, ...]}; values may hold lists ({@code [ADMIN, WORKER]}) and maps
 * ({@code {3=2}}), whose commas do not end the field. A state without fields (a name, an address) is kept
 * as its text. Lines written before the sign-in holds and item pictures were written as fields hold
 * English phrases ("name from 203.0.113.9, failures=5, until 2026-…"); they are read into the fields
 * written today.
 */
record AuditState(Map<String, String> fields, @Nullable String text) {

    private static final AuditState NONE = new AuditState(Map.of(), null);
    private static final Pattern FIELD_START = Pattern.compile("([a-z][A-Za-z]*)=");
    private static final Pattern RECORD = Pattern.compile("^[A-Z][A-Za-z]*\\[(.*)]$", Pattern.DOTALL);
    private static final List<Map.Entry<Pattern, String>> LEGACY = List.of(
            Map.entry(Pattern.compile("^name from its trusted device"), "scope=DEVICE"),
            Map.entry(Pattern.compile("^every name from (\\S+)"), "scope=ADDRESS, address=$1"),
            Map.entry(Pattern.compile("^name from (\\S+)"), "scope=NAME, address=$1"),
            Map.entry(Pattern.compile("(^|, )until (\\S+)"), "$1until=$2"),
            Map.entry(Pattern.compile("^(\\S+), (\\d+) bytes$"), "type=$1, bytes=$2"));

    static AuditState parse(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return NONE;
        }
        String text = state.strip();
        Matcher record = RECORD.matcher(text);
        if (record.matches()) {
            text = record.group(1);
        }
        for (var legacy : LEGACY) {
            text = legacy.getKey().matcher(text).replaceAll(legacy.getValue());
        }
        Map<String, String> fields = fields(text);
        return fields.isEmpty() ? new AuditState(Map.of(), text) : new AuditState(fields, null);
    }

    boolean isEmpty() {
        return fields.isEmpty() && text == null;
    }

    boolean hasFields() {
        return !fields.isEmpty();
    }

    /** The value of a field, or null when it is missing or was written as null. */
    @Nullable String get(String field) {
        String value = fields.get(field);
        return value == null || value.equals("null") || value.isBlank() ? null : value;
    }

    /** The fields, in the order written; empty unless the whole text is fields. */
    private static Map<String, String> fields(String text) {
        List<int[]> starts = new ArrayList<>();
        Matcher field = FIELD_START.matcher(text);
        while (field.find()) {
            int at = field.start();
            boolean startsAField = at == 0 || (text.startsWith(", ", at - 2) && depth(text, at) == 0);
            if (startsAField) {
                starts.add(new int[] {at, field.end()});
            }
        }
        if (starts.isEmpty() || starts.getFirst()[0] != 0) {
            return Map.of();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            int[] start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] - 2 : text.length();
            fields.put(text.substring(start[0], start[1] - 1), text.substring(start[1], end));
        }
        return fields;
    }

    private static int depth(String text, int before) {
        int depth = 0;
        for (int i = 0; i < before; i++) {
            char c = text.charAt(i);
            if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
