package org.cocreate.volunteer;

import org.cocreate.base.LiveEvent;

/** An activity's roster changed (a sign-up, a check-in or out): the tablets at the event follow. */
public record VolunteerChanged(long communityId, long activityId) implements LiveEvent {
}
