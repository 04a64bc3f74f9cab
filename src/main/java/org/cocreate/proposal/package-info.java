/**
 * Proposals (说 → 办 → 评): what residents raise, taken on the tablet, merged, answered, carried out and
 * evaluated. Meetings (议) build on it, never the other way.
 */
@NullMarked
package org.cocreate.proposal;

import org.jspecify.annotations.NullMarked;
