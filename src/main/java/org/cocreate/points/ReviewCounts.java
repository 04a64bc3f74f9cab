package org.cocreate.points;

/** What waits for a decision in a community's grant review, as the workbench's to-dos count it. */
public record ReviewCounts(long waitingForApproval, long objected, long noticesEndingToday) {
}
