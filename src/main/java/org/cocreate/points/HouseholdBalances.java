package org.cocreate.points;

import java.util.List;

/** A household's members with their balances, and the household's total: what the household's points screen shows. */
public record HouseholdBalances(long householdId, String address, List<MemberBalance> members, Points total) {
}
