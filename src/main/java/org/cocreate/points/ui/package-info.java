@NullMarked
package org.cocreate.points.ui;

import org.jspecify.annotations.NullMarked;
