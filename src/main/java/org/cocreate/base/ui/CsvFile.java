package org.cocreate.base.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A CSV file for a spreadsheet, written the one way every export writes it: UTF-8 with a byte order mark
 * (without it Excel reads Chinese as GBK and shows garbage), CRLF line ends, fields quoted where needed,
 * and text that a spreadsheet would take for a formula defused with a leading apostrophe.
 * <p>
 * Written for a spreadsheet, not for the eye, so not with the screens' {@code Formats}: numbers as Java
 * writes them (an ASCII hyphen-minus, no plus, no grouping) and dates in ISO 8601, which Excel reads as a
 * date in either language.
 */
public final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();

    /** One line of fields; numbers stay numbers, everything else is written as its text. */
    public CsvFile row(Object... fields) {
        text.append(Stream.of(fields).map(CsvFile::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    /** An empty line, between the parts of a report. */
    public CsvFile blankLine() {
        text.append("\r\n");
        return this;
    }

    public String text() {
        return text.toString();
    }

    /** The file: the byte order mark, then the text in UTF-8. */
    public byte[] bytes() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static String field(Object value) {
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
