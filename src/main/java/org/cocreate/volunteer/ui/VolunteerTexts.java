package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cocreate.base.ui.Formats;
import org.cocreate.volunteer.ActivityEntry;

/** How the roster screens say an activity's facts and hours. */
final class VolunteerTexts {

    private VolunteerTexts() {
    }

    /** 环境清扫 · 14:00–16:00 · 文峰塔广场集合 */
    static String facts(Component owner, ActivityEntry activity) {
        Formats formats = Formats.current();
        return owner.getTranslation(activity.type().translationKey()) + " · " + formats.time(activity.startsAt())
                + "–" + formats.time(activity.endsAt()) + " · " + activity.place();
    }

    /** Minutes served as hours: 75 → 1.25. */
    static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
