package org.cocreate.meeting;

/** The kinds of meeting that decide in a community (居民代表大会, 议事协商会, 联席会议, 业委会会议). */
public enum MeetingType {
    REPRESENTATIVES, CONSULTATION, JOINT, OWNERS_COMMITTEE;

    public String translationKey() {
        return "meeting.type." + name();
    }
}
