@NullMarked
package org.cocreate.community;

import org.jspecify.annotations.NullMarked;
