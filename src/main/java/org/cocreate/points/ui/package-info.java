/** The screens of points: the scoring standard. */
@NullMarked
package org.cocreate.points.ui;

import org.jspecify.annotations.NullMarked;
