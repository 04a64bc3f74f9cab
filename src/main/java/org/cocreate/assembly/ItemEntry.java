package org.cocreate.assembly;

import java.util.List;
import org.cocreate.base.Money;
import org.jspecify.annotations.Nullable;

/** An item as the screens read it; {@code adopted} and {@code participationMet} once the vote closed. */
public record ItemEntry(long id, int position, Matter matter, String title, @Nullable String text,
        @Nullable Long proposalId, @Nullable String proposalTitle, @Nullable Money budget, List<String> candidates,
        @Nullable Integer seats, @Nullable Boolean participationMet, @Nullable Boolean adopted) {

    public boolean election() {
        return !candidates.isEmpty();
    }
}
