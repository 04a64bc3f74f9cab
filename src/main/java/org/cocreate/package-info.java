@NullMarked
package org.cocreate;

import org.jspecify.annotations.NullMarked;
