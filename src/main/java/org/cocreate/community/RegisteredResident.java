package org.cocreate.community;

/** A resident with their community and the household they live in (with its address). */
public record RegisteredResident(long id, String name, long communityId, HouseholdEntry household) {
}
