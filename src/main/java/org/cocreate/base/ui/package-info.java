@NullMarked
package org.cocreate.base.ui;

import org.jspecify.annotations.NullMarked;
