/** The screens of the exchange: the counter where residents redeem their points. */
@NullMarked
package org.cocreate.exchange.ui;

import org.jspecify.annotations.NullMarked;
