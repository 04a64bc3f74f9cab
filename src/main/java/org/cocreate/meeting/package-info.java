/**
 * Consultation meetings (议): a meeting of residents' representatives, a consultation, a joint meeting or the
 * owners' committee; its invited members checked in on the secretary's tablet, the quorum that follows, the
 * agenda's items voted on (from each member's phone by a personal ballot link, or recorded by the secretary),
 * and the results that move proposals and adopt the scoring standard. Uses proposal, points and community;
 * nothing uses it.
 */
@NullMarked
package org.cocreate.meeting;

import org.jspecify.annotations.NullMarked;
