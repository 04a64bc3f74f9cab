package org.cocreate.community.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.community.CompoundEntry;
import org.cocreate.community.Coverage;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.RegisterService;
import org.cocreate.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The register on the workbench: finding a resident as a worker's tile (beside granting points); the residents and the compounds
 * that have all six "全覆盖" items as key figures (the latter opens the full checklist); compounds with
 * buildings, residents and organisations on a new community's set-up checklist.
 */
@Component
class RegisterWorkbench implements WorkbenchContribution {

    private final RegisterService register;
    private final OrganisationService organisations;

    RegisterWorkbench(RegisterService register, OrganisationService organisations) {
        this.register = register;
        this.organisations = organisations;
    }

    @Override
    public List<Shortcut> shortcuts(long communityId) {
        return List.of(new Shortcut(42, "workbench.shortcut.findResident", "vaadin:search",
                Target.of(ResidentsView.class), Set.of(Role.WORKER_NAME)));
    }

    @Override
    public List<KeyFigure> keyFigures(long communityId) {
        Supplier<List<CompoundEntry>> compounds = SingletonSupplier.of(() -> register.compounds(communityId));
        return List.of(
                new KeyFigure(10, "workbench.figure.residents",
                        () -> Figure.count(compounds.get().stream().mapToLong(CompoundEntry::residents).sum()),
                        Target.of(CompoundsView.class)),
                new KeyFigure(20, "workbench.figure.coverage",
                        () -> Figure.outOf(compounds.get().stream().filter(RegisterWorkbench::coversAll).count(),
                                compounds.get().size()),
                        Target.of(CoverageView.class)));
    }

    @Override
    public List<SetupStep> setupSteps(long communityId) {
        Supplier<List<CompoundEntry>> compounds = SingletonSupplier.of(() -> register.compounds(communityId));
        return List.of(
                new SetupStep(20, "workbench.setup.compounds",
                        () -> compounds.get().stream().anyMatch(c -> c.buildings() > 0),
                        Target.of(CompoundsView.class)),
                new SetupStep(21, "workbench.setup.residents",
                        () -> compounds.get().stream().anyMatch(c -> c.residents() > 0),
                        Target.of(ResidentImportView.class)),
                new SetupStep(30, "workbench.setup.organisations",
                        () -> !organisations.list(communityId).isEmpty(),
                        Target.of(OrganisationsView.class)));
    }

    private static boolean coversAll(CompoundEntry compound) {
        return compound.coverage().size() == Coverage.values().length;
    }
}
