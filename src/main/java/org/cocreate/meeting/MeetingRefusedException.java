package org.cocreate.meeting;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** A meeting command refused: the field it concerns and the translated message's key. */
public class MeetingRefusedException extends RefusedException {

    public MeetingRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
