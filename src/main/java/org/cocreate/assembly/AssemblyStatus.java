package org.cocreate.assembly;

/** An owners' assembly is prepared (items, period), then open for ballots, then closed with its results. */
public enum AssemblyStatus {
    DRAFT, OPEN, CLOSED;

    public String translationKey() {
        return "assembly.status." + name();
    }
}
