package org.cocreate.community;

import java.io.InputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocreate.community.SpreadsheetReader.FileProblem;
import org.cocreate.community.SpreadsheetReader.SheetRow;
import org.jspecify.annotations.Nullable;

/**
 * An import spreadsheet read and its header understood, for every import alike: the data rows under the header
 * and where each known column is. Whatever is wrong with the file as a whole is a {@link FileProblem}.
 */
record ImportSheet<C extends Enum<C> & SheetColumn>(List<SheetRow> data, Map<C, Integer> columns) {

    private static final int HEADER_SEARCH_ROWS = 5;

    /**
     * Reads the file; the header is the first of the top rows that names the {@code marker} column (committees'
     * own sheets often start with a title row above it, 文峰塔社区居民花名册), else the first row, to be reported.
     */
    static <C extends Enum<C> & SheetColumn> ImportSheet<C> read(String fileName, InputStream content, Class<C> type,
            C marker) throws FileProblem {
        List<SheetRow> sheet = SpreadsheetReader.read(fileName, content);
        if (sheet.isEmpty()) {
            throw new FileProblem(ImportMessage.of("import.file.empty"));
        }
        int headerIndex = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.size()); i++) {
            if (sheet.get(i).cells().stream().anyMatch(cell -> column(type, cell).orElse(null) == marker)) {
                headerIndex = i;
                break;
            }
        }
        Map<C, Integer> columns = new EnumMap<>(type);
        ImportMessage columnProblem = findColumns(sheet.get(headerIndex), type, columns);
        if (columnProblem != null) {
            throw new FileProblem(columnProblem);
        }
        List<SheetRow> data = sheet.subList(headerIndex + 1, sheet.size());
        if (data.isEmpty()) {
            throw new FileProblem(ImportMessage.of("import.file.empty"));
        }
        return new ImportSheet<>(data, columns);
    }

    /** The cell of a row in a column, stripped; empty when the sheet has no such column. */
    String value(SheetRow row, C column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    /** Puts the index of each known column into {@code columns}; says what is wrong with the header, if anything. */
    private static <C extends Enum<C> & SheetColumn> @Nullable ImportMessage findColumns(SheetRow header,
            Class<C> type, Map<C, Integer> columns) {
        for (int i = 0; i < header.cells().size(); i++) {
            Optional<C> column = column(type, header.cell(i));
            if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
                return ImportMessage.of("import.file.duplicateColumn", column.get());
            }
        }
        List<C> missing = Arrays.stream(type.getEnumConstants()).filter(c -> c.required() && !columns.containsKey(c))
                .toList();
        return missing.isEmpty() ? null : ImportMessage.of("import.file.missingColumns", missing);
    }

    /** The column a header names, if any. */
    static <C extends Enum<C> & SheetColumn> Optional<C> column(Class<C> type, String header) {
        String normalised = normalise(header);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.headerNames().contains(normalised)).findFirst();
    }

    /** "姓名（必填）", " Birth_Year* " and "birth year" all become the same key. */
    static String normalise(String header) {
        return header.replace("\uFEFF", "")
                .replaceAll("[（(][^）)]*[）)]", "")
                .replaceAll("[\\s\\u3000*＊_\\-:：]", "")
                .toLowerCase(Locale.ROOT);
    }
}
