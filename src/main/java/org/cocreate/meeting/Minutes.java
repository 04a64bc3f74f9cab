package org.cocreate.meeting;

import java.util.List;

/**
 * 会议纪要: the meeting, who was invited and who came (guests too), and each item with its notes, its
 * decision, its counts and each member's vote (for the committee's records; never on a public page).
 */
public record Minutes(MeetingEntry meeting, List<MemberEntry> members, List<ItemMinutes> items) {

    /** An item of the minutes with the votes cast on it. */
    public record ItemMinutes(ItemEntry item, List<VoteLine> votes) {
    }
}
