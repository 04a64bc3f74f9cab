package org.cocreate.proposal;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** What the proposals refuse: bad input, a move the state does not allow, a merge that cannot be. */
public class ProposalRefusedException extends RefusedException {

    public ProposalRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
