/** The exchange counter: catalogue, stock kept through movements, redemption days and redemptions. */
@NullMarked
package org.cocreate.exchange;

import org.jspecify.annotations.NullMarked;
