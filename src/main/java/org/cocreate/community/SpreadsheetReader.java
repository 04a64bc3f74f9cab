package org.cocreate.community;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows of text with the row numbers Excel
 * shows. CSV comes as UTF-8 (with or without BOM), as UTF-16 with BOM ("Unicode text"), or as GBK, which
 * is what Excel on Chinese Windows writes. XLSX is read as a stream, so that a huge sheet is refused
 * after the row limit instead of filling the memory.
 */
final class SpreadsheetReader {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final Charset GBK = Charset.forName("GB18030");

    /** A non-blank row; {@code number} counts from 1 like Excel's row headers. */
    record SheetRow(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The file as a whole cannot be read; the message says why in the user's terms. */
    static final class FileProblem extends Exception {

        private final transient ImportMessage problem;

        FileProblem(ImportMessage problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }

        ImportMessage problem() {
            return problem;
        }
    }

    /** Stops the XLSX parser once the sheet holds more rows than allowed. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private SpreadsheetReader() {
    }

    /** The non-blank rows of the file, the header first. */
    static List<SheetRow> read(String fileName, InputStream content) throws FileProblem {
        byte[] bytes = readLimited(content);
        String lowerName = fileName.toLowerCase(Locale.ROOT).strip();
        if (lowerName.endsWith(".xls") || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new FileProblem(ImportMessage.of("import.file.xls"));
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return readXlsx(bytes);
        }
        if (lowerName.endsWith(".xlsx") || lowerName.endsWith(".xlsm")) {
            throw new FileProblem(ImportMessage.of("import.file.unreadable"));
        }
        boolean knownText = lowerName.endsWith(".csv") || lowerName.endsWith(".txt") || !lowerName.contains(".");
        if (!knownText) {
            throw new FileProblem(ImportMessage.of("import.file.unsupported"));
        }
        return readCsv(decode(bytes));
    }

    private static byte[] readLimited(InputStream content) throws FileProblem {
        try {
            byte[] bytes = content.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new FileProblem(ImportMessage.of("import.file.tooLarge", MAX_BYTES / 1024 / 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new FileProblem(ImportMessage.of("import.file.unreadable"));
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            // Strict: a GBK file is almost never valid UTF-8, so a decoding error is the sign to switch.
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }

    static List<SheetRow> readCsv(String text) throws FileProblem {
        char delimiter = delimiter(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int recordNumber = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                addRow(rows, recordNumber++, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, recordNumber, fields);
        }
        return rows;
    }

    /** Comma, unless the header line is clearly separated by tabs or semicolons. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        int commas = count(firstLine, ',');
        int tabs = count(firstLine, '\t');
        int semicolons = count(firstLine, ';');
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static void addRow(List<SheetRow> rows, int number, List<String> cells) throws FileProblem {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        // The header is the first row kept, so the limit counts the rows after it.
        if (rows.size() > MAX_ROWS) {
            throw new FileProblem(ImportMessage.of("import.file.tooManyRows", MAX_ROWS));
        }
        rows.add(new SheetRow(number, List.copyOf(cells)));
    }

    private static List<SheetRow> readXlsx(byte[] bytes) throws FileProblem {
        List<SheetRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return rows;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowCollector(rows),
                        new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (TooManyRows e) {
            throw new FileProblem(ImportMessage.of("import.file.tooManyRows", MAX_ROWS));
        } catch (Exception unreadable) {
            // A damaged file, another kind of zip, a zip bomb refused by POI: to the user all the same.
            throw new FileProblem(ImportMessage.of("import.file.unreadable"));
        }
        return rows;
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<SheetRow> rows;
        private @Nullable List<String> cells;

        RowCollector(List<SheetRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> current = cells;
            cells = null;
            if (current == null || current.stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() > MAX_ROWS) {
                throw new TooManyRows();
            }
            rows.add(new SheetRow(rowNum + 1, List.copyOf(current)));
        }

        @Override
        public void cell(@Nullable String cellReference, @Nullable String formattedValue,
                @Nullable XSSFComment comment) {
            List<String> current = cells;
            if (current == null) {
                return;
            }
            int column = cellReference == null ? current.size() : new CellReference(cellReference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            String value = formattedValue == null ? "" : formattedValue;
            if (column < current.size()) {
                current.set(column, value);
            } else {
                current.add(value);
            }
        }
    }
}
