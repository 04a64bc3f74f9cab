package org.cocreate.points;

/**
 * A line of the leaderboard for staff: the resident's rank (equal points share a rank: 1, 2, 2, 4), who
 * they are and where they live, and the points they earned in the period.
 */
public record LeaderboardLine(int rank, long residentId, String name, String compoundName, Points points) {
}
