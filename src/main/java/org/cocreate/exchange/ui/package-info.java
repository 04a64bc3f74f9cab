/** The screens of the exchange counter: catalogue, stock, redemption days and the counter itself. */
@NullMarked
package org.cocreate.exchange.ui;

import org.jspecify.annotations.NullMarked;
