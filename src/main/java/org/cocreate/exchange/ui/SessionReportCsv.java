package org.cocreate.exchange.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.cocreate.base.ui.CsvFile;
import org.cocreate.exchange.SessionReport;

/**
 * The day's report as CSV, written as every export is ({@link CsvFile}: UTF-8 with a byte order mark, for
 * Excel to read the Chinese; numbers and ISO dates for a spreadsheet, not the screens' {@code Formats}).
 */
final class SessionReportCsv {

    private SessionReportCsv() {
    }

    static byte[] bytes(SessionReport report, BiFunction<String, Object[], String> texts,
            UnaryOperator<String> staffName) {
        return csv(report, texts, staffName).bytes();
    }

    /** The report's text; staffName turns a sign-in name into the name people know. */
    static String text(SessionReport report, BiFunction<String, Object[], String> texts,
            UnaryOperator<String> staffName) {
        return csv(report, texts, staffName).text();
    }

    private static CsvFile csv(SessionReport report, BiFunction<String, Object[], String> texts,
            UnaryOperator<String> staffName) {
        var csv = new CsvFile();
        var session = report.session();
        csv.row(t(texts, "sessionReport.csv.date"), DateTimeFormatter.ISO_LOCAL_DATE.format(session.date()));
        csv.row(t(texts, "sessionReport.csv.place"), session.place());
        csv.row(t(texts, "sessionReport.status"), t(texts, session.status().translationKey()));
        csv.row(t(texts, "sessionReport.residents"), report.residentsServed());
        csv.row(t(texts, "sessionReport.itemCount"), report.itemsHandedOut());
        csv.row(t(texts, "sessionReport.points"), report.points());
        csv.blankLine();
        csv.row(t(texts, "sessionReport.item"), t(texts, "sessionReport.csv.unit"),
                t(texts, "sessionReport.opening"), t(texts, "sessionReport.redeemed"),
                t(texts, "sessionReport.returned"), t(texts, "sessionReport.adjusted"),
                t(texts, "sessionReport.expected"), t(texts, "sessionReport.counted"),
                t(texts, "sessionReport.difference"));
        for (SessionReport.ItemLine line : report.items()) {
            Integer difference = line.difference();
            csv.row(line.name(), line.unit(), line.opening(), line.redeemed(), line.returned(), line.adjusted(),
                    line.expected(), line.counted() == null ? "" : line.counted(),
                    difference == null ? "" : difference);
        }
        served(csv, texts, "sessionReport.counter", report.byCounter(), UnaryOperator.identity());
        served(csv, texts, "sessionReport.staff", report.byStaff(), staffName);
        return csv;
    }

    private static void served(CsvFile csv, BiFunction<String, Object[], String> texts, String whoKey,
            List<SessionReport.ServedLine> lines, UnaryOperator<String> name) {
        csv.blankLine();
        csv.row(t(texts, whoKey), t(texts, "sessionReport.residents"), t(texts, "sessionReport.itemCount"),
                t(texts, "sessionReport.points"));
        for (SessionReport.ServedLine line : lines) {
            csv.row(line.who().isEmpty() ? t(texts, "sessionReport.unnamed") : name.apply(line.who()),
                    line.residents(), line.items(), line.points());
        }
    }

    private static String t(BiFunction<String, Object[], String> texts, String key) {
        return texts.apply(key, new Object[0]);
    }
}
