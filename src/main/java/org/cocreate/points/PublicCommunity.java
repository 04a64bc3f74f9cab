package org.cocreate.points;

/** A community as the public points page offers it for choosing: its id and name, nothing else. */
public record PublicCommunity(long id, String name) {
}
