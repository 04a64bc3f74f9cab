package org.cocreate.community;

/**
 * A resident with their community, the household they live in (with its address) and their phone as staff
 * may see it beside a name (masked: 138****5678), so that two residents of one name can be told apart.
 */
public record RegisteredResident(long id, String name, long communityId, HouseholdEntry household,
        String maskedPhone) {
}
