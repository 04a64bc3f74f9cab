/**
 * The meetings' screens: the list and calling a meeting, the secretary's tablet (check-in, quorum, agenda,
 * votes), and a member's phone by their personal ballot link.
 */
@NullMarked
package org.cocreate.meeting.ui;

import org.jspecify.annotations.NullMarked;
