package org.cocreate.community;

/** A resident by id and name, as other features show them. */
public record ResidentName(long id, String name) {
}
