package org.cocreate.community;

import org.cocreate.base.RefusedException;

/** A property register refused because the file or some of its rows are bad; nothing was imported. */
public class PropertyImportRefusedException extends RefusedException {

    private final transient PropertyImportPreview preview;

    PropertyImportRefusedException(PropertyImportPreview preview) {
        super(preview.fileProblem() != null ? "import.refused.file" : "import.refused.rows", preview.badRows());
        this.preview = preview;
    }

    /** What is wrong, row by row, as a fresh preview would show it. */
    public PropertyImportPreview preview() {
        return preview;
    }
}
