@NullMarked
package org.cocreate.community.ui;

import org.jspecify.annotations.NullMarked;
