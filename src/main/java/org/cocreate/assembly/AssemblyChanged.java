package org.cocreate.assembly;

import org.cocreate.base.LiveEvent;

/** A ballot recorded or changed, the vote opened or closed: the tablets and the phones follow the figures. */
public record AssemblyChanged(long communityId, long assemblyId) implements LiveEvent {
}
