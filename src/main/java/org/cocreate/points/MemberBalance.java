package org.cocreate.points;

/** A member of a household and their balance (zero for a resident who has never been granted anything). */
public record MemberBalance(long residentId, String name, Points balance) {
}
