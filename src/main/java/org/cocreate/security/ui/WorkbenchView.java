package org.cocreate.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.base.ui.WorkbenchContribution.Figure;
import org.cocreate.base.ui.WorkbenchContribution.KeyFigure;
import org.cocreate.base.ui.WorkbenchContribution.SetupStep;
import org.cocreate.base.ui.WorkbenchContribution.Shortcut;
import org.cocreate.base.ui.WorkbenchContribution.Target;
import org.cocreate.base.ui.WorkbenchContribution.ToDo;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * The home screen (工作台): what the signed-in user has to do first in the working community. Top down: a new
 * community's set-up checklist (admins, until every line is done), the to-dos with their counts, big tiles for
 * the role's most frequent tasks, and a few figures of the community. Every feature brings its own lines as a
 * {@link org.cocreate.base.ui.WorkbenchContribution}; this screen only lays them out, and shows an item only to a user who may
 * open the screen it leads to (and only then counts it).
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.workbench")
@PermitAll
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Div setup = new Div();
    final Div toDos = new Div();
    final Div shortcuts = new Div();
    final Div figures = new Div();

    private final WorkbenchItems items;
    private final WorkingCommunity workingCommunity;
    private final Formats formats = Formats.current();

    WorkbenchView(WorkbenchItems items, WorkingCommunity workingCommunity) {
        this.items = items;
        this.workingCommunity = workingCommunity;
        setPadding(false);
        setSpacing(false);
        addClassName("workbench");
    }

    /** Built afresh on every visit (also from the menu while here): the counts are of now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        setup.removeAll();
        toDos.removeAll();
        shortcuts.removeAll();
        figures.removeAll();
        CommunityRef community = workingCommunity.require();
        long communityId = community.id();

        List<SetupStep> steps = items.setupSteps(communityId);
        List<ToDo> waiting = items.toDos(communityId).stream().filter(toDo -> toDo.count().getAsLong() > 0).toList();
        List<Shortcut> tiles = items.myShortcuts(communityId);
        List<KeyFigure> keyFigures = items.keyFigures(communityId);

        var content = new Div();
        content.addClassName("workbench-content");
        List<Boolean> done = steps.stream().map(step -> step.done().getAsBoolean()).toList();
        if (done.contains(false)) {
            content.add(section("workbench.setup.title", setup,
                    getTranslation("workbench.setup.progress", done.stream().filter(d -> d).count(), done.size())));
            for (int i = 0; i < steps.size(); i++) {
                setup.add(setupLine(steps.get(i), done.get(i)));
            }
        }
        content.add(section("workbench.todo.title", toDos, null));
        waiting.forEach(toDo -> toDos.add(toDoLine(toDo)));
        if (waiting.isEmpty()) {
            var nothing = new Paragraph(getTranslation("workbench.todo.none"));
            nothing.addClassName("workbench-none");
            nothing.setTestId("workbench-no-todos");
            toDos.add(nothing);
        }
        if (!tiles.isEmpty()) {
            content.add(section("workbench.shortcut.title", shortcuts, null));
            tiles.forEach(tile -> shortcuts.add(tile(tile)));
        }
        if (!keyFigures.isEmpty()) {
            content.add(section("workbench.figure.title", figures, null));
            keyFigures.forEach(figure -> figures.add(figureCard(figure)));
        }
        add(new ViewToolbar(getTranslation("workbench.title", community.name())), content);
    }

    private Div section(String titleKey, Div body, @Nullable String progress) {
        var title = new H2(getTranslation(titleKey));
        title.addClassName("workbench-heading");
        var header = new Div(title);
        header.addClassName("workbench-section-header");
        if (progress != null) {
            var counted = new Span(progress);
            counted.addClassName("workbench-progress");
            counted.setTestId("workbench-setup-progress");
            header.add(counted);
        }
        body.addClassName("workbench-" + titleKey.split("\\.")[1]);
        var section = new Div(header, body);
        section.addClassName("workbench-section");
        return section;
    }

    private RouterLink link(Target target, String testId, Component... parts) {
        var link = new RouterLink();
        link.setRoute(target.view(), target.route());
        link.setQueryParameters(target.query());
        link.add(parts);
        link.setTestId(testId);
        return link;
    }

    private RouterLink setupLine(SetupStep step, boolean done) {
        var mark = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        mark.addClassName(done ? "setup-done" : "setup-open");
        var label = new Span(getTranslation(step.labelKey()));
        label.addClassName("workbench-label");
        var line = link(step.target(), "workbench-setup-" + lastPart(step.labelKey()), mark, label, chevron());
        line.addClassName("workbench-line");
        line.getElement().setAttribute("data-done", String.valueOf(done));
        return line;
    }

    private RouterLink toDoLine(ToDo toDo) {
        var label = new Span(getTranslation(toDo.labelKey()));
        label.addClassName("workbench-label");
        var count = new Badge(formats.number(toDo.count().getAsLong()), Badge.Tone.PROMINENT);
        var line = link(toDo.target(), "workbench-todo-" + lastPart(toDo.labelKey()), label, count, chevron());
        line.addClassName("workbench-line");
        return line;
    }

    private RouterLink tile(Shortcut shortcut) {
        var symbol = new Icon(shortcut.icon());
        var label = new Span(getTranslation(shortcut.labelKey()));
        var tile = link(shortcut.target(), "workbench-shortcut-" + lastPart(shortcut.labelKey()), symbol, label);
        tile.addClassName("workbench-tile");
        return tile;
    }

    private RouterLink figureCard(KeyFigure keyFigure) {
        Figure figure = keyFigure.figure().get();
        var value = new Span(switch (figure.unit()) {
            case COUNT -> formats.number(figure.value());
            case POINTS -> formats.points(figure.value());
            case OUT_OF -> getTranslation("workbench.figure.outOf", formats.number(figure.value()),
                    formats.number(figure.total()));
        });
        value.addClassName("workbench-figure-value");
        var label = new Span(getTranslation(keyFigure.labelKey()));
        label.addClassName("workbench-figure-label");
        var card = link(keyFigure.target(), "workbench-figure-" + lastPart(keyFigure.labelKey()), value, label);
        card.addClassName("workbench-figure-card");
        return card;
    }

    private static Icon chevron() {
        var chevron = VaadinIcon.ANGLE_RIGHT.create();
        chevron.addClassName("workbench-chevron");
        return chevron;
    }

    /** The last part of a label key, for test ids: {@code workbench.todo.approvals} → {@code approvals}. */
    static String lastPart(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench");
    }
}
