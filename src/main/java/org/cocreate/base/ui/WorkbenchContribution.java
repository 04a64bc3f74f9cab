package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What a feature puts on the home workbench (工作台): its to-dos with counts, the big shortcut tiles of its
 * most frequent tasks, a few key figures of the community, and its lines of a new community's set-up
 * checklist. Every feature declares one Spring bean of this type in its {@code ui} package; the workbench
 * asks them all, so that proposals, meetings and rosters add theirs without touching the home screen.
 *
 * <p>Every item names the screen it opens. The workbench shows an item only to users whose roles may open
 * that screen, and only then asks for its count or value: a supplier is therefore free to call a service
 * whose roles include those of its screen, and is never called for anybody else.
 */
public interface WorkbenchContribution {

    /** To-dos of the working community; one with a count of zero is not shown. */
    default List<ToDo> toDos(long communityId) {
        return List.of();
    }

    /** Big tiles for the roles this task is the main one of. */
    default List<Shortcut> shortcuts(long communityId) {
        return List.of();
    }

    /** A few figures of the community, each opening the screen behind it. */
    default List<KeyFigure> keyFigures(long communityId) {
        return List.of();
    }

    /** Lines of a new community's set-up checklist (shown to admins until every line is done). */
    default List<SetupStep> setupSteps(long communityId) {
        return List.of();
    }

    /** The screen an item opens, with its route and query parameters (e.g. a filter). */
    record Target(Class<? extends Component> view, RouteParameters route, QueryParameters query) {

        public static Target of(Class<? extends Component> view) {
            return new Target(view, RouteParameters.empty(), QueryParameters.empty());
        }

        public Target withRoute(String name, Object value) {
            return new Target(view, new RouteParameters(name, String.valueOf(value)), query);
        }

        public Target withQuery(String name, String value) {
            return new Target(view, route, QueryParameters.simple(Map.of(name, value)));
        }
    }

    /** How a key figure reads: a plain count, points ({@code 1,234 分}), or a count out of a total. */
    enum FigureUnit {
        COUNT, POINTS, OUT_OF
    }

    /** A key figure's value; {@code total} only for {@link FigureUnit#OUT_OF}. */
    record Figure(long value, FigureUnit unit, long total) {

        public static Figure count(long value) {
            return new Figure(value, FigureUnit.COUNT, 0);
        }

        public static Figure points(long value) {
            return new Figure(value, FigureUnit.POINTS, 0);
        }

        public static Figure outOf(long value, long total) {
            return new Figure(value, FigureUnit.OUT_OF, total);
        }
    }

    /** {@code order} places items of all features in one list (the features' menu orders fit well). */
    record ToDo(int order, String labelKey, LongSupplier count, Target target) {
    }

    /** {@code forRoles}: names of the roles ({@code "WORKER"}) whose main task this is. */
    record Shortcut(int order, String labelKey, String icon, Target target, Set<String> forRoles) {
    }

    record KeyFigure(int order, String labelKey, Supplier<Figure> figure, Target target) {
    }

    record SetupStep(int order, String labelKey, BooleanSupplier done, Target target) {
    }
}
