package org.cocreate.community;

/** What an import of the property register did: the rows read, the units they name, and what was new. */
public record PropertyImported(int rows, int units, int unitsCreated, int unitsChanged, int ownersAdded) {
}
