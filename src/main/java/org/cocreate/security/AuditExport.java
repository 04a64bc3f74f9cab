package org.cocreate.security;

import java.util.List;

/** The lines an export writes, newest first, and whether there were more than it may write. */
public record AuditExport(List<AuditLogEntry> entries, boolean cut) {

    /** The most lines one export writes: a spreadsheet's worth, and a bounded read. */
    public static final int MAX_ROWS = 10_000;

    public AuditExport {
        entries = List.copyOf(entries);
    }
}
