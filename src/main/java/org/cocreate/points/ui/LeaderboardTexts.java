package org.cocreate.points.ui;

import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.cocreate.points.LeaderboardPeriod;

/** How a leaderboard's period reads in the user's language: 2026年11月 / November 2026, 2026年 / 2026. */
final class LeaderboardTexts {

    private LeaderboardTexts() {
    }

    static String period(LeaderboardPeriod period) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        // The translation is a date pattern, so that each language orders year and month its own way.
        String pattern = ui.getTranslation("leaderboard.format." + period.kind().name());
        return DateTimeFormatter.ofPattern(pattern, locale).format(period.from());
    }
}
