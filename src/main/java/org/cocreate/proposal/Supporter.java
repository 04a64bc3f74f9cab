package org.cocreate.proposal;

/** A resident who supports a proposal, by name. */
public record Supporter(long residentId, String name) {
}
