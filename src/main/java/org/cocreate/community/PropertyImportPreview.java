package org.cocreate.community;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What importing a property register would do: the rows it would import and the bad rows with their reasons,
 * or one problem with the whole file. Only a clean preview can be imported.
 */
public record PropertyImportPreview(String fileName, int totalRows, List<PropertyImportRow> rows,
        List<ImportProblem> problems, @Nullable ImportMessage fileProblem) {

    public PropertyImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    static PropertyImportPreview ofFileProblem(String fileName, ImportMessage problem) {
        return new PropertyImportPreview(fileName, 0, List.of(), List.of(), problem);
    }

    public int badRows() {
        return problems.size();
    }

    public boolean isClean() {
        return fileProblem == null && problems.isEmpty() && !rows.isEmpty();
    }

    /** The units the rows name (a unit with two owners is two rows). */
    public long units() {
        return rows.stream().map(PropertyImportRow::address).distinct().count();
    }
}
