/** Points: scoring standards, accounts and the append-only ledger. */
@NullMarked
package org.cocreate.points;

import org.jspecify.annotations.NullMarked;
