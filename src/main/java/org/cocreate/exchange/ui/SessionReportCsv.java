package org.cocreate.exchange.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cocreate.exchange.SessionReport;

/**
 * The day's report as CSV: UTF-8 with a byte order mark (without it Excel reads Chinese as GBK and shows
 * garbage), CRLF line ends, fields quoted where needed, and text that a spreadsheet would take for a formula
 * defused with a leading apostrophe.
 * <p>
 * Written for a spreadsheet, not for the eye, so not with the screens' {@code Formats}: numbers as Java
 * writes them (an ASCII hyphen-minus, no plus, no grouping: Excel takes {@code −1} or {@code +2} for text
 * and would not add them up) and dates in ISO 8601 ({@code 2026-11-28}), which Excel reads as a date in
 * either language.
 */
final class SessionReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SessionReportCsv() {
    }

    static byte[] bytes(SessionReport report, BiFunction<String, Object[], String> texts,
            UnaryOperator<String> staffName) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text(report, texts, staffName).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The report's text; staffName turns a sign-in name into the name people know. */
    static String text(SessionReport report, BiFunction<String, Object[], String> texts,
            UnaryOperator<String> staffName) {
        var csv = new StringBuilder();
        var session = report.session();
        row(csv, t(texts, "sessionReport.csv.date"), DateTimeFormatter.ISO_LOCAL_DATE.format(session.date()));
        row(csv, t(texts, "sessionReport.csv.place"), session.place());
        row(csv, t(texts, "sessionReport.status"), t(texts, session.status().translationKey()));
        row(csv, t(texts, "sessionReport.residents"), report.residentsServed());
        row(csv, t(texts, "sessionReport.itemCount"), report.itemsHandedOut());
        row(csv, t(texts, "sessionReport.points"), report.points());
        csv.append("\r\n");
        row(csv, t(texts, "sessionReport.item"), t(texts, "sessionReport.csv.unit"),
                t(texts, "sessionReport.opening"), t(texts, "sessionReport.redeemed"),
                t(texts, "sessionReport.returned"), t(texts, "sessionReport.adjusted"),
                t(texts, "sessionReport.expected"), t(texts, "sessionReport.counted"),
                t(texts, "sessionReport.difference"));
        for (SessionReport.ItemLine line : report.items()) {
            Integer difference = line.difference();
            row(csv, line.name(), line.unit(), line.opening(), line.redeemed(), line.returned(), line.adjusted(),
                    line.expected(), line.counted() == null ? "" : line.counted(),
                    difference == null ? "" : difference);
        }
        served(csv, texts, "sessionReport.counter", report.byCounter(), UnaryOperator.identity());
        served(csv, texts, "sessionReport.staff", report.byStaff(), staffName);
        return csv.toString();
    }

    private static void served(StringBuilder csv, BiFunction<String, Object[], String> texts, String whoKey,
            List<SessionReport.ServedLine> lines, UnaryOperator<String> name) {
        csv.append("\r\n");
        row(csv, t(texts, whoKey), t(texts, "sessionReport.residents"), t(texts, "sessionReport.itemCount"),
                t(texts, "sessionReport.points"));
        for (SessionReport.ServedLine line : lines) {
            row(csv, line.who().isEmpty() ? t(texts, "sessionReport.unnamed") : name.apply(line.who()), line.residents(),
                    line.items(), line.points());
        }
    }

    private static String t(BiFunction<String, Object[], String> texts, String key) {
        return texts.apply(key, new Object[0]);
    }

    private static void row(StringBuilder csv, Object... fields) {
        csv.append(Stream.of(fields).map(SessionReportCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    static String field(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
