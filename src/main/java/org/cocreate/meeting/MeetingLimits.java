package org.cocreate.meeting;

/** The sizes the forms and the service hold to. */
final class MeetingLimits {

    static final int TITLE_MAX = 200;
    static final int PLACE_MAX = 200;
    static final int NOTES_MAX = 4000;
    /** Members of one meeting: a residents' assembly of a large community, with room. */
    static final int MEMBERS_MAX = 500;
    static final int ITEMS_MAX = 50;

    private MeetingLimits() {
    }
}
