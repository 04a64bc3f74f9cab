package org.cocreate.community;

/** A community as the list of communities shows it. */
public record CommunityEntry(long id, String name, long compounds, long residents) {
}
