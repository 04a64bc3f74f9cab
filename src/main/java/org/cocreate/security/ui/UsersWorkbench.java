package org.cocreate.security.ui;

import java.util.List;
import java.util.Set;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.springframework.stereotype.Component;

/** User accounts on a new community's set-up checklist: somebody to work in it and somebody at the counter. */
@Component
class UsersWorkbench implements WorkbenchContribution {

    private final UserService users;

    UsersWorkbench(UserService users) {
        this.users = users;
    }

    @Override
    public List<SetupStep> setupSteps(long communityId) {
        return List.of(new SetupStep(90, "workbench.setup.users",
                () -> users.rolesHeldIn(communityId).containsAll(Set.of(Role.WORKER, Role.COUNTER)),
                Target.of(UserAdminView.class)));
    }
}
