package org.cocreate.security.ui;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.base.ui.WorkbenchContribution.KeyFigure;
import org.cocreate.base.ui.WorkbenchContribution.SetupStep;
import org.cocreate.base.ui.WorkbenchContribution.Shortcut;
import org.cocreate.base.ui.WorkbenchContribution.Target;
import org.cocreate.base.ui.WorkbenchContribution.ToDo;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The features' workbench items for the signed-in user: of all {@link WorkbenchContribution}s, only the items
 * whose screen the user's roles may open (by the screen's own {@code @RolesAllowed}, as the router decides),
 * in their order. The home workbench and the frame's bottom bar both read them here.
 */
@Component
class WorkbenchItems {

    private final List<WorkbenchContribution> contributions;
    private final CurrentUser currentUser;
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    WorkbenchItems(List<WorkbenchContribution> contributions, CurrentUser currentUser) {
        this.contributions = contributions;
        this.currentUser = currentUser;
    }

    /** The set-up checklist is the admins' work: nobody else gets it. */
    List<SetupStep> setupSteps(long communityId) {
        return currentUser.has(Role.ADMIN)
                ? mayOpen(c -> c.setupSteps(communityId), SetupStep::target, SetupStep::order)
                : List.of();
    }

    List<ToDo> toDos(long communityId) {
        return mayOpen(c -> c.toDos(communityId), ToDo::target, ToDo::order);
    }

    /** The tiles of the tasks that are the main ones of one of the user's roles. */
    List<Shortcut> myShortcuts(long communityId) {
        return mayOpen(c -> c.shortcuts(communityId), Shortcut::target, Shortcut::order).stream()
                .filter(shortcut -> Stream.of(Role.values())
                        .anyMatch(role -> currentUser.has(role) && shortcut.forRoles().contains(role.name())))
                .toList();
    }

    List<KeyFigure> keyFigures(long communityId) {
        return mayOpen(c -> c.keyFigures(communityId), KeyFigure::target, KeyFigure::order);
    }

    private <T> List<T> mayOpen(Function<WorkbenchContribution, List<T>> items, Function<T, Target> target,
            ToIntFunction<T> order) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        return contributions.stream().flatMap(c -> items.apply(c).stream())
                .filter(item -> mayOpen(target.apply(item), authentication))
                .sorted(Comparator.comparingInt(order))
                .toList();
    }

    private boolean mayOpen(Target target, Authentication authentication) {
        return access.hasAccess(target.view(), authentication, role -> authentication.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + role).equals(granted.getAuthority())));
    }
}
