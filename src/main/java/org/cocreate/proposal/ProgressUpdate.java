package org.cocreate.proposal;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A report of how the work goes: what was done, by whom and when, with its photos. */
public record ProgressUpdate(long id, String text, @Nullable String actor, LocalDateTime at, List<Long> photoIds) {
}
