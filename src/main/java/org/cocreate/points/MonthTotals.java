package org.cocreate.points;

import java.time.YearMonth;

/**
 * A community's points of one month: granted (grants less their reversals) and redeemed (redemptions less
 * the voided ones), both as positive numbers.
 */
public record MonthTotals(YearMonth month, long granted, long redeemed) {
}
