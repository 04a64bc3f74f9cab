package org.cocreate.points;

/**
 * A line of the public leaderboard: no ids and only the first character of the name (陈斌 shows as 陈*),
 * with the compound, so that neighbours recognise each other and strangers learn no full name.
 */
public record PublicLeaderboardLine(int rank, String maskedName, String compoundName, Points points) {
}
