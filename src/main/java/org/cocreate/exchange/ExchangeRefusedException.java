package org.cocreate.exchange;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** What the exchange counter refuses: bad input, a closed session, a limit, a void too late. */
public class ExchangeRefusedException extends RefusedException {

    public ExchangeRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
