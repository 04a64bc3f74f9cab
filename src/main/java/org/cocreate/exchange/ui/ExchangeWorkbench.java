package org.cocreate.exchange.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cocreate.base.ui.WorkbenchContribution;
import org.cocreate.exchange.CatalogueItem;
import org.cocreate.exchange.CatalogueService;
import org.cocreate.exchange.RedemptionService;
import org.cocreate.exchange.SessionStatus;
import org.cocreate.security.Role;
import org.springframework.stereotype.Component;

/**
 * The exchange counter on the workbench: stock running low, and redemption days of earlier days still open
 * (their stock counts wait); the counter as the counter staff's tile and the redemption days with their
 * reports as an admin's; the catalogue on the set-up checklist.
 */
@Component
class ExchangeWorkbench implements WorkbenchContribution {

    private final CatalogueService catalogue;
    private final RedemptionService redemptions;
    private final Clock clock;

    ExchangeWorkbench(CatalogueService catalogue, RedemptionService redemptions, Clock clock) {
        this.catalogue = catalogue;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @Override
    public List<ToDo> toDos(long communityId) {
        return List.of(
                new ToDo(51, "workbench.todo.lowStock",
                        () -> catalogue.catalogue(communityId).stream()
                                .filter(item -> item.active() && item.lowStock()).count(),
                        Target.of(StockView.class).withQuery(StockView.SHOW, StockView.SHOW_LOW)),
                new ToDo(53, "workbench.todo.sessionsToClose",
                        () -> redemptions.sessions(communityId).stream()
                                .filter(s -> s.status() == SessionStatus.OPEN && s.date().isBefore(LocalDate.now(clock)))
                                .count(),
                        Target.of(SessionsView.class)));
    }

    @Override
    public List<Shortcut> shortcuts(long communityId) {
        return List.of(
                new Shortcut(52, "nav.counter", "vaadin:cart", Target.of(CounterView.class),
                        Set.of(Role.COUNTER_NAME)),
                new Shortcut(53, "workbench.shortcut.sessionReports", "vaadin:calendar", Target.of(SessionsView.class),
                        Set.of(Role.ADMIN_NAME, Role.COUNTER_NAME)));
    }

    @Override
    public List<SetupStep> setupSteps(long communityId) {
        return List.of(new SetupStep(50, "workbench.setup.catalogue",
                () -> catalogue.catalogue(communityId).stream().anyMatch(CatalogueItem::active),
                Target.of(CatalogueView.class)));
    }
}
