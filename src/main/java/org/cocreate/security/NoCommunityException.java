package org.cocreate.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in user works in no community yet (a new sub-district before its first community, or an
 * account nobody has assigned one): a community screen cannot open. Still an access denial for the
 * services; the screens show it as its own page (community/ui/NoCommunityView).
 */
public class NoCommunityException extends AccessDeniedException {

    public NoCommunityException() {
        super("no community");
    }
}
