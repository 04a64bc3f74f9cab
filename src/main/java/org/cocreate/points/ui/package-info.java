/** The screens of points: scoring standard, grants, approvals and notices, statements, leaderboards. */
@NullMarked
package org.cocreate.points.ui;

import org.jspecify.annotations.NullMarked;
