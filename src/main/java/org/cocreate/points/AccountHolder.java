package org.cocreate.points;

/**
 * Whose statement it is: the resident's name, household and community, and the balance now. Read for
 * every role that reads balances, the supervisor included, who may not read the register's details.
 */
public record AccountHolder(long residentId, String name, long householdId, String address, String communityName,
        Points balance) {
}
