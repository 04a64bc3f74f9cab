/** The volunteer rosters' screens: today's activities and the roster at the event, on the worker's tablet. */
@NullMarked
package org.cocreate.volunteer.ui;

import org.jspecify.annotations.NullMarked;
