package org.cocreate.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.CsvFile;
import org.cocreate.base.ui.FieldRefusals;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.base.ui.WindowWidth;
import org.cocreate.security.AuditExport;
import org.cocreate.security.AuditFilter;
import org.cocreate.security.AuditKind;
import org.cocreate.security.AuditLogEntry;
import org.cocreate.security.AuditLogService;
import org.cocreate.security.CommunityDirectory;
import org.cocreate.security.CommunityRef;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who did what, when, from which device: the audit trail, newest first, for the admin's communities
 * (and the sign-ins and account changes, which belong to no community), each line a sentence in the
 * reader's language. Narrowed by kind, person, days and text; exported as it is narrowed. Tap a line for
 * the whole before and after.
 */
@Route("audit")
@Menu(order = 95, icon = "vaadin:clipboard-text", title = "nav.audit")
@RolesAllowed(Role.ADMIN_NAME)
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final String ACTION_PREFIX = "audit.action.";
    static final String TARGET_PREFIX = "audit.target.";
    private static final int DEFAULT_DAYS = 7;

    final Select<AuditKind> kind = new Select<>();
    final TextField person = new TextField();
    final DatePicker from;
    final DatePicker to;
    final TextField filter = new TextField();
    final Anchor export;
    final Grid<AuditLogEntry> grid = new Grid<>();

    private final AuditLogService auditLog;
    private final List<Grid.Column<AuditLogEntry>> foldedOnTablets = new java.util.ArrayList<>();
    private final Map<String, HasValidation> fields;
    private final Map<String, String> translations;
    private final AuditSentences sentences;
    private final Formats formats = Formats.current();
    private final Locale locale;
    /** The filter the rows show: a refused one leaves it, and the rows, as they were. */
    private AuditFilter shown;
    private boolean narrow;

    AuditLogView(AuditLogService auditLog, CommunityDirectory communities, Clock clock) {
        // Tablets get the folded tables (adapt), told when shown and when the tablet is turned.
        WindowWidth.follow(this, this::adapt);
        this.auditLog = auditLog;
        this.locale = getLocale();
        this.translations = translationsOf(locale);
        this.sentences = new AuditSentences(translations, locale, communities.all().stream()
                .collect(Collectors.toMap(CommunityRef::id, CommunityRef::name)));
        setSizeFull();
        setPadding(false);
        LocalDate today = LocalDate.now(clock);

        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(AuditKind.values());
        // The empty selection is an item too: the generator is asked for its label with null.
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("audit.kind.all") : getTranslation(k.translationKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.kind.all"));
        kind.setPlaceholder(getTranslation("audit.kind.all"));
        kind.setTestId("audit-kind");

        person.setLabel(getTranslation("audit.person"));
        person.setPlaceholder(getTranslation("audit.person.placeholder"));
        person.setClearButtonVisible(true);
        person.setMaxLength(AuditFilter.TEXT_MAX);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setTestId("audit-person");

        from = Localized.datePicker(getTranslation("audit.from"));
        from.setValue(today.minusDays(DEFAULT_DAYS));
        to = Localized.datePicker(getTranslation("audit.to"));
        for (DatePicker day : List.of(from, to)) {
            day.setMin(AuditLogService.BEGINNING);
            day.setMax(today);
            day.setClearButtonVisible(true);
        }
        from.setTestId("audit-from");
        to.setTestId("audit-to");

        filter.setLabel(getTranslation("audit.search"));
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setMaxLength(AuditFilter.TEXT_MAX);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setTestId("audit-filter");

        fields = Map.of("from", from, "to", to, "person", person, "text", filter);
        kind.addValueChangeListener(e -> apply());
        person.addValueChangeListener(e -> apply());
        from.addValueChangeListener(e -> apply());
        to.addValueChangeListener(e -> apply());
        filter.addValueChangeListener(e -> apply());
        shown = asked();

        export = new Anchor(Localized.download(event -> {
            byte[] bytes = csv();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv;charset=UTF-8",
                    bytes.length);
        }), getTranslation("audit.export"));
        export.addClassName("audit-export");
        export.setTitle(getTranslation("audit.export.limit", AuditExport.MAX_ROWS));
        export.setTestId("audit-export");

        grid.addColumn(e -> formats.dateTimeSeconds(e.occurredAt())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(sentences::sentence).setHeader(getTranslation("audit.event")).setFlexGrow(1)
                .setWidth("16rem");
        foldedOnTablets.add(grid.addColumn(e -> e.communityName() == null ? "" : e.communityName())
                .setHeader(getTranslation("audit.community")).setAutoWidth(true).setFlexGrow(0));
        foldedOnTablets.add(grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true).setFlexGrow(0));
        // Details on tap, not on hover: the whole before and after and the device, which do not fit a cell.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> auditLog.list(shown, query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        Localized.emptyState(grid);

        var filters = new HorizontalLayout(kind, person, from, to, filter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("audit-filters");
        var content = new VerticalLayout(filters, grid);
        content.setSizeFull();
        add(new ViewToolbar(getTranslation("audit.title"), export), content);
    }

    /** Tablets get the time and the sentence; the community and address are shown on tap. */
    void adapt(int windowWidth) {
        boolean nowNarrow = WindowWidth.isNarrow(windowWidth);
        if (nowNarrow == narrow) {
            return;
        }
        narrow = nowNarrow;
        foldedOnTablets.forEach(column -> column.setVisible(!narrow));
        grid.recalculateColumnWidths();
    }

    /** The filter as entered; the service checks it (a range that ends before it starts is refused). */
    private AuditFilter asked() {
        return new AuditFilter(from.getValue(), to.getValue(), kind.getValue(), person.getValue(),
                searchTerm(filter.getValue(), actionNames()));
    }

    /**
     * Shows the rows of the filter as entered, or its refusal next to the field, with the rows as they were:
     * the grid's lazy fetch is no place to refuse, so one line is asked for first, which the service checks.
     */
    private void apply() {
        AuditFilter asked = asked();
        try {
            auditLog.list(asked, 0, 1);
        } catch (RefusedException refusal) {
            FieldRefusals.clear(fields);
            FieldRefusals.show(refusal, fields);
            return;
        }
        FieldRefusals.clear(fields);
        shown = asked;
        grid.getDataProvider().refreshAll();
    }

    String sentence(AuditLogEntry entry) {
        return sentences.sentence(entry);
    }

    String actionName(String action) {
        return sentences.actionName(action);
    }

    private String target(AuditLogEntry entry) {
        if (entry.targetType() == null) {
            return "";
        }
        String type = translations.getOrDefault(TARGET_PREFIX + entry.targetType(), entry.targetType());
        return entry.targetId() == null ? type : type + " #" + entry.targetId();
    }

    private Div details(AuditLogEntry entry) {
        // Plain text spans: the states hold what users typed (names, notes), never to become markup.
        var details = new Div();
        details.addClassName("audit-details");
        details.add(line("audit.actor", who(entry)), line("audit.action", actionName(entry.action())),
                line("audit.target", target(entry)), line("audit.community", entry.communityName()),
                line("audit.address", entry.remoteAddress()),
                line("audit.before", sentences.details(AuditState.parse(null), AuditState.parse(entry.before()))),
                line("audit.after", sentences.details(AuditState.parse(null), AuditState.parse(entry.after()))),
                line("audit.device", entry.userAgent()));
        return details;
    }

    private static String who(AuditLogEntry entry) {
        if (entry.actor() == null) {
            return "";
        }
        return entry.actor().equals(entry.actorName()) ? entry.actor() : entry.actorName() + " (" + entry.actor() + ")";
    }

    private Div line(String labelKey, @Nullable String text) {
        var label = new Span(getTranslation(labelKey) + getTranslation("audit.labelSeparator"));
        label.addClassName("audit-details-label");
        return new Div(label, new Span(text == null ? "" : text));
    }

    /** The shown lines as CSV (see CsvFile), each with its sentence, at most AuditExport.MAX_ROWS of them. */
    byte[] csv() {
        AuditExport lines = auditLog.export(shown);
        var csv = new CsvFile();
        csv.row(getTranslation(locale, "audit.time"), getTranslation(locale, "audit.actor"),
                getTranslation(locale, "audit.action"), getTranslation(locale, "audit.event"),
                getTranslation(locale, "audit.community"), getTranslation(locale, "audit.address"),
                getTranslation(locale, "audit.device"));
        for (AuditLogEntry entry : lines.entries()) {
            csv.row(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(entry.occurredAt().withNano(0)), who(entry),
                    actionName(entry.action()), sentences.sentence(entry), nonNull(entry.communityName()),
                    nonNull(entry.remoteAddress()), nonNull(entry.userAgent()));
        }
        if (lines.cut()) {
            csv.blankLine().row(getTranslation(locale, "audit.export.cut", AuditExport.MAX_ROWS));
        }
        return csv.bytes();
    }

    String fileName() {
        LocalDate first = shown.from();
        LocalDate last = shown.to();
        return "audit-" + (first == null ? "" : first) + "-" + (last == null ? "" : last) + ".csv";
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
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
