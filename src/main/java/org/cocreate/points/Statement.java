package org.cocreate.points;

import java.time.LocalDate;
import java.util.List;

/** A resident's statement for a period: the balance before it, every entry with its running balance, the balance after. */
public record Statement(long residentId, LocalDate from, LocalDate to, Points opening, List<StatementLine> lines,
        Points closing) {
}
