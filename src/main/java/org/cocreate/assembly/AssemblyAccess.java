package org.cocreate.assembly;

import org.cocreate.base.NotFoundException;
import org.cocreate.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * An assembly as the user may reach it: of their own community, or not found (another community's assembly is not
 * told apart from none). The assembly's services take it from here, to read or locked to change.
 */
@Component
class AssemblyAccess {

    private final OwnersAssemblyRepository assemblies;
    private final CurrentUser currentUser;

    AssemblyAccess(OwnersAssemblyRepository assemblies, CurrentUser currentUser) {
        this.assemblies = assemblies;
        this.currentUser = currentUser;
    }

    OwnersAssembly visible(long assemblyId) {
        return ofTheUsersCommunity(assemblies.findById(assemblyId).orElseThrow(NotFoundException::new));
    }

    /** Locked for a change, so that changes to one assembly (and its close) come one after the other. */
    OwnersAssembly locked(long assemblyId) {
        return ofTheUsersCommunity(assemblies.findLocked(assemblyId).orElseThrow(NotFoundException::new));
    }

    private OwnersAssembly ofTheUsersCommunity(OwnersAssembly assembly) {
        if (!currentUser.canAccess(assembly.getCommunityId())) {
            throw new NotFoundException();
        }
        return assembly;
    }
}
