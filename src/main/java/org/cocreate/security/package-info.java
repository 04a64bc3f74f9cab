@NullMarked
package org.cocreate.security;

import org.jspecify.annotations.NullMarked;
