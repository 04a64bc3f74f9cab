@NullMarked
package org.cocreate.security.ui;

import org.jspecify.annotations.NullMarked;
