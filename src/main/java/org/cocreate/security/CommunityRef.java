package org.cocreate.security;

/** A community as the security feature knows it: enough to scope access and to name it in a switcher. */
public record CommunityRef(long id, String name, long subdistrictId) {
}
