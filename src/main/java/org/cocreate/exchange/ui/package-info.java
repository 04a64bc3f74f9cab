/** The screens of the exchange counter: redemption days, the counter, the catalogue and stock. */
@NullMarked
package org.cocreate.exchange.ui;

import org.jspecify.annotations.NullMarked;
