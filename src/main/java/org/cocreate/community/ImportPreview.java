package org.cocreate.community;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import would do: the rows it would import and the bad rows with their reasons, or one problem
 * with the whole file (unreadable, wrong headers, too large). Only a clean preview can be imported.
 */
public record ImportPreview(String fileName, int totalRows, List<ImportRow> rows, List<ImportProblem> problems,
        @Nullable ImportMessage fileProblem) {

    public ImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    static ImportPreview ofFileProblem(String fileName, ImportMessage problem) {
        return new ImportPreview(fileName, 0, List.of(), List.of(), problem);
    }

    public int badRows() {
        return problems.size();
    }

    public boolean isClean() {
        return fileProblem == null && problems.isEmpty() && !rows.isEmpty();
    }
}
