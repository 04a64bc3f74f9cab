package org.cocreate.community;

/** A household with its address and the community it belongs to. */
public record HouseholdPlace(long communityId, HouseholdEntry household) {
}
