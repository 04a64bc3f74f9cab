@NullMarked
package org.cocreate.base;

import org.jspecify.annotations.NullMarked;
