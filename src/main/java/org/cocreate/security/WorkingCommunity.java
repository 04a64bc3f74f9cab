package org.cocreate.security;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The community the signed-in user is working in on this device (the switcher in the side bar). It is
 * only the screens' default: every service still checks access to the community it is given.
 */
@Component
@VaadinSessionScope
public class WorkingCommunity {

    private final CurrentUser currentUser;
    private @Nullable Long selectedId;

    WorkingCommunity(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Optional<CommunityRef> get() {
        List<CommunityRef> accessible = currentUser.communities();
        return accessible.stream().filter(c -> selectedId != null && c.id() == selectedId).findFirst()
                .or(() -> accessible.stream().findFirst());
    }

    /** The working community's id; a user without any community cannot use community screens. */
    public long id() {
        return require().id();
    }

    /** The working community; a user without any community gets {@link NoCommunityException}. */
    public CommunityRef require() {
        return get().orElseThrow(NoCommunityException::new);
    }

    public void select(long communityId) {
        currentUser.requireAccess(communityId);
        this.selectedId = communityId;
    }

    public List<CommunityRef> choices() {
        return currentUser.communities();
    }
}
