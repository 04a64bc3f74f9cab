package org.cocreate.points;

import org.cocreate.base.RefusedException;
import org.jspecify.annotations.Nullable;

/** A change of points that the rules refuse (a cap reached, a rule not in effect, a draft that is adopted ...). */
public class PointsRefusedException extends RefusedException {

    public PointsRefusedException(@Nullable String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
