/** The proposals' screens: the board, the intake on the tablet, a proposal's page with its history. */
@NullMarked
package org.cocreate.proposal.ui;

import org.jspecify.annotations.NullMarked;
