package org.cocreate.community;

import java.util.List;

/** A bad row: its number as Excel shows it (the header is row 1) and everything wrong with it. */
public record ImportProblem(int row, List<ImportMessage> reasons) {

    public ImportProblem {
        reasons = List.copyOf(reasons);
    }

    public List<String> reasonKeys() {
        return reasons.stream().map(ImportMessage::key).toList();
    }
}
