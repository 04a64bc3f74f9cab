package org.cocreate.community;

import org.cocreate.base.RefusedException;

/** An import refused because the file or some of its rows are bad; nothing was imported. */
public class ImportRefusedException extends RefusedException {

    private final transient ImportPreview preview;

    ImportRefusedException(ImportPreview preview) {
        super(preview.fileProblem() != null ? "import.refused.file" : "import.refused.rows", preview.badRows());
        this.preview = preview;
    }

    /** What is wrong, row by row, as a fresh preview would show it. */
    public ImportPreview preview() {
        return preview;
    }
}
