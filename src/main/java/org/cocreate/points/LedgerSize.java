package org.cocreate.points;

/** How much a ledger check of a community goes through: its accounts and their entries. */
public record LedgerSize(long accounts, long entries) {
}
