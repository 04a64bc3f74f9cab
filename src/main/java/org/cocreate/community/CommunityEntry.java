package org.cocreate.community;

/** A community as the list of communities shows it. */
public record CommunityEntry(long id, String name, long compounds, long residents) {

    /** The longest community name (the column's length), for the service's check and the field. */
    public static final int NAME_MAX = 100;
}
