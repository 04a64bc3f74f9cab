package org.cocreate.meeting.ui;

import com.vaadin.flow.component.Component;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.meeting.ItemStatus;
import org.cocreate.meeting.MeetingEntry;
import org.cocreate.meeting.MeetingStatus;
import org.cocreate.meeting.Quorum;
import org.cocreate.meeting.Tally;
import org.cocreate.meeting.VoteChoice;

/** The words the meeting screens share: types, states, the quorum and the tally. */
final class MeetingTexts {

    private MeetingTexts() {
    }

    static Badge status(Component owner, MeetingStatus status) {
        return new Badge(owner.getTranslation("meeting.status." + status.name()), switch (status) {
            case PLANNED -> Badge.Tone.NEUTRAL;
            case OPEN -> Badge.Tone.SUCCESS;
            case CLOSED -> Badge.Tone.MUTED;
        });
    }

    static Badge itemStatus(Component owner, ItemStatus status) {
        return new Badge(owner.getTranslation("meeting.item.status." + status.name()), switch (status) {
            case PENDING -> Badge.Tone.NEUTRAL;
            case VOTING -> Badge.Tone.SUCCESS;
            case CLOSED -> Badge.Tone.MUTED;
        });
    }

    /** 居民代表大会 · 社区会议室 · 2026-12-03 19:00–21:00 */
    static String facts(Component owner, MeetingEntry meeting) {
        Formats formats = Formats.current();
        return owner.getTranslation(meeting.type().translationKey()) + " · " + meeting.place() + " · "
                + formats.dateTime(meeting.startsAt()) + "–" + formats.time(meeting.endsAt().toLocalTime());
    }

    /** 应到 5 人 · 实到 3 人 · 至少需 3 人 */
    static String quorum(Component owner, Quorum quorum) {
        return owner.getTranslation("meeting.quorum.line", quorum.invited(), quorum.present(), quorum.needed());
    }

    /** 赞成 3 · 反对 1 · 弃权 0 · 未投 1 */
    static String tally(Component owner, Tally tally) {
        return owner.getTranslation("meeting.tally.line", tally.votesFor(), tally.against(), tally.abstain(),
                Math.max(0, tally.present() - tally.cast()));
    }

    static String choice(Component owner, VoteChoice choice) {
        return owner.getTranslation("meeting.choice." + choice.name());
    }
}
