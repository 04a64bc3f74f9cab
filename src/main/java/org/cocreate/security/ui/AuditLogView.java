package org.cocreate.security.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.base.ui.WindowWidth;
import org.cocreate.security.AuditFilter;
import org.cocreate.security.AuditLogEntry;
import org.cocreate.security.AuditLogService;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who did what, when, from which device: the audit trail, newest first, for the admin's communities
 * (and the sign-ins and account changes, which belong to no community). Tap a line for the full
 * before and after.
 */
@Route("audit")
@Menu(order = 95, icon = "vaadin:clipboard-text", title = "nav.audit")
@RolesAllowed(Role.ADMIN_NAME)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTION_PREFIX = "audit.action.";
    static final String TARGET_PREFIX = "audit.target.";
    private static final int DEFAULT_DAYS = 7;
    private static final int CHANGE_CELL_LENGTH = 160;

    final TextField filter = new TextField();
    final DatePicker since;
    final Grid<AuditLogEntry> grid = new Grid<>();

    private final AuditLogService auditLog;
    private final java.util.List<Grid.Column<AuditLogEntry>> foldedOnTablets = new java.util.ArrayList<>();
    private boolean narrow;
    private final Map<String, String> translations;
    private final Formats formats = Formats.current();

    AuditLogView(AuditLogService auditLog, Clock clock) {
        // Tablets get the folded tables (adapt), told when shown and when the tablet is turned.
        WindowWidth.follow(this, this::adapt);
        this.auditLog = auditLog;
        Locale locale = getLocale();
        this.translations = translationsOf(locale);
        setSizeFull();
        setPadding(false);

        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filter.setTestId("audit-filter");

        since = Localized.datePicker(getTranslation("audit.since"));
        since.setValue(LocalDate.now(clock).minusDays(DEFAULT_DAYS));
        since.setMax(LocalDate.now(clock));
        since.setClearButtonVisible(true);
        since.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        since.setTestId("audit-since");

        grid.addColumn(e -> formats.dateTimeSeconds(e.occurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> actionName(e.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::target).setHeader(getTranslation("audit.target")).setAutoWidth(true).setFlexGrow(0);
        foldedOnTablets.add(grid.addColumn(e -> e.communityName() == null ? "" : e.communityName())
                .setHeader(getTranslation("audit.community")).setAutoWidth(true).setFlexGrow(0));
        foldedOnTablets.add(grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true).setFlexGrow(0));
        foldedOnTablets.add(grid.addColumn(AuditLogView::change).setHeader(getTranslation("audit.change"))
                .setWidth("20rem").setFlexGrow(1));
        // Details on tap, not on hover: the full texts and the browser, which do not fit a cell.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> auditLog.list(new AuditFilter(since.getValue(), null, null, "",
                searchTerm(filter.getValue(), actionNames())), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        Localized.emptyState(grid);

        var content = new VerticalLayout(grid);
        content.setSizeFull();
        add(new ViewToolbar(getTranslation("audit.title"), filter, since), content);
    }

    /** Tablets get time, who, what and to what; the community, address and change are shown on tap. */
    void adapt(int windowWidth) {
        boolean nowNarrow = WindowWidth.isNarrow(windowWidth);
        if (nowNarrow == narrow) {
            return;
        }
        narrow = nowNarrow;
        foldedOnTablets.forEach(column -> column.setVisible(!narrow));
        grid.recalculateColumnWidths();
    }

    String actionName(String action) {
        return translations.getOrDefault(ACTION_PREFIX + action, action);
    }

    private String target(AuditLogEntry entry) {
        if (entry.targetType() == null) {
            return "";
        }
        String type = translations.getOrDefault(TARGET_PREFIX + entry.targetType(), entry.targetType());
        return entry.targetId() == null ? type : type + " #" + entry.targetId();
    }

    /** Before → after, cut short: a state can be long, the details below the line show it whole. */
    static String change(AuditLogEntry entry) {
        String before = entry.before() == null ? "" : entry.before();
        String after = entry.after() == null ? "" : entry.after();
        String change = before.isEmpty() ? after : before + " → " + after;
        return change.length() <= CHANGE_CELL_LENGTH ? change : change.substring(0, CHANGE_CELL_LENGTH) + "…";
    }

    private Div details(AuditLogEntry entry) {
        // Plain text spans: the states hold what users typed (names, notes), never to become markup.
        var details = new Div();
        details.addClassName("audit-details");
        details.add(line("audit.community", entry.communityName()), line("audit.address", entry.remoteAddress()),
                line("audit.before", entry.before()), line("audit.after", entry.after()),
                line("audit.device", entry.userAgent()));
        return details;
    }

    private Div line(String labelKey, @Nullable String text) {
        var label = new Span(getTranslation(labelKey) + getTranslation("audit.labelSeparator"));
        label.addClassName("audit-details-label");
        return new Div(label, new Span(text == null ? "" : text));
    }

    /** Action code → its name in the user's language, for every action that has a translation. */
    private Map<String, String> actionNames() {
        var names = new TreeMap<String, String>();
        translations.forEach((key, value) -> {
            if (key.startsWith(ACTION_PREFIX)) {
                names.put(key.substring(ACTION_PREFIX.length()), value);
            }
        });
        return names;
    }

    /**
     * The trail stores action codes (LOGIN_FAILED) while people type what they read (登录失败). When the
     * typed text is part of some actions' names, the search uses the longest part the codes of those
     * actions share ("登录" → LOGIN, "新建" → _CREATED); otherwise the text as typed (a user name).
     */
    static String searchTerm(String typed, Map<String, String> actionNames) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> codes = actionNames.entrySet().stream()
                .filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(lower))
                .map(Map.Entry::getKey)
                .toList();
        if (codes.isEmpty()) {
            return text;
        }
        String common = longestCommonPart(codes);
        return common.length() >= 3 ? common : text;
    }

    private static String longestCommonPart(List<String> codes) {
        String shortest = codes.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
        for (int length = shortest.length(); length > 0; length--) {
            for (int start = 0; start + length <= shortest.length(); start++) {
                String part = shortest.substring(start, start + length);
                if (codes.stream().allMatch(code -> code.contains(part))) {
                    return part;
                }
            }
        }
        return "";
    }

    private static Map<String, String> translationsOf(Locale locale) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null || service.getInstantiator().getI18NProvider() == null) {
            return Map.of();
        }
        return service.getInstantiator().getI18NProvider().getAllTranslations(locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
