package org.cocreate.points.ui;

import org.cocreate.base.ui.Formats;
import org.cocreate.points.LeaderboardPeriod;

/** How a leaderboard's period reads in the user's language: 2026年11月 / November 2026, 2026年 / 2026. */
final class LeaderboardTexts {

    private LeaderboardTexts() {
    }

    static String period(LeaderboardPeriod period) {
        Formats formats = Formats.current();
        return switch (period.kind()) {
            case MONTH -> formats.month(period.from());
            case YEAR -> formats.year(period.from());
        };
    }
}
