package org.cocreate.community;

/** What a printed resident card shows: no phone, no birth year; the code is opaque. */
public record ResidentCard(long residentId, String name, String compoundName, String buildingName,
        String communityName, String cardCode) {
}
