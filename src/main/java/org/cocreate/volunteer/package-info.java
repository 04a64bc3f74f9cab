/**
 * Volunteer rosters (志愿服务): activities with shifts that residents sign up for (a waiting list when a shift
 * is full), the worker's tablet at the event checking them in and out, and the hours that follow. Uses points
 * and community; nothing uses it.
 */
@NullMarked
package org.cocreate.volunteer;

import org.jspecify.annotations.NullMarked;
