package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ImportColumn;
import org.cocreate.community.ImportMessage;
import org.cocreate.community.ImportPreview;
import org.cocreate.community.ImportProblem;
import org.cocreate.community.ImportRefusedException;
import org.cocreate.community.ImportRow;
import org.cocreate.community.ResidentImportService;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.jspecify.annotations.Nullable;

/**
 * The residents import: download the template, upload the filled sheet, read what is wrong row by row,
 * and import only a clean file. The uploaded bytes stay in the view between preview and import; the
 * service checks them again when importing.
 */
@Route("residents/import")
@Menu(order = 15, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed(Role.ADMIN_NAME)
class ResidentImportView extends VerticalLayout implements HasDynamicTitle {

    /** Up to this many rows a grid shows them all; a longer list scrolls inside the grid. */
    private static final int SHORT_LIST = 12;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Anchor templateLink;
    final Upload upload;
    final Span uploadedFile = new Span();
    final Span summary = new Span();
    final Span fileProblem = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    final Grid<ImportRow> rows = new Grid<>();
    final Button importButton = new Button();
    final Div done = new Div();

    private final ResidentImportService imports;
    private final long communityId;
    private byte @Nullable [] content;
    private String fileName = "";

    ResidentImportView(ResidentImportService imports, WorkingCommunity workingCommunity) {
        this.imports = imports;
        this.communityId = workingCommunity.id();
        setPadding(false);

        String templateName = getTranslation("import.template.fileName");
        templateLink = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] template = imports.template();
            return new DownloadResponse(new ByteArrayInputStream(template), templateName, XLSX, template.length);
        }), getTranslation("import.template.download"));
        templateLink.setTestId("import-template");
        templateLink.addClassNames(FontWeight.SEMIBOLD);

        upload = LimitedUploadHandler.inMemory(ResidentImportService.MAX_BYTES,
                (metadata, data) -> uploaded(metadata.fileName(), data))
                .whenRefused(() -> Notifications.error("import.upload.rejected")).upload();
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", XLSX);
        upload.setTestId("import-upload");

        uploadedFile.setTestId("import-file");
        uploadedFile.addClassNames(TextColor.SECONDARY);
        summary.setTestId("import-summary");
        summary.addClassNames(FontWeight.SEMIBOLD);
        fileProblem.setTestId("import-file-problem");
        fileProblem.addClassNames(TextColor.ERROR);

        problems.addColumn(ImportProblem::row).setHeader(getTranslation("import.problems.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(this::reasons).setHeader(getTranslation("import.problems.reasons")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        problems.setTestId("import-problems");

        rows.addColumn(ImportRow::row).setHeader(getTranslation("import.problems.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("import.column.NAME")).setAutoWidth(true);
        rows.addColumn(r -> r.gender() == null ? "" : getTranslation(r.gender().translationKey()))
                .setHeader(getTranslation("import.column.GENDER")).setAutoWidth(true);
        rows.addColumn(r -> r.birthYear() == null ? "" : r.birthYear().toString())
                .setHeader(getTranslation("import.column.BIRTH_YEAR")).setAutoWidth(true);
        rows.addColumn(ImportRow::address).setHeader(getTranslation("import.column.COMPOUND") + " · "
                + getTranslation("import.column.BUILDING")).setAutoWidth(true).setFlexGrow(1);
        rows.addColumn(r -> r.tags().stream().map(t -> getTranslation(t.translationKey()))
                .sorted().collect(Collectors.joining(getTranslation("import.listSeparator"))))
                .setHeader(getTranslation("import.column.TAGS")).setAutoWidth(true);
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        rows.setTestId("import-rows");

        importButton.setText(getTranslation("import.button"));
        importButton.setIcon(VaadinIcon.CHECK.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setTestId("import-button");
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> importFile());

        done.setTestId("import-done");
        done.addClassName("import-done");

        var intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassNames(Margin.NONE);
        var hint = new Span(getTranslation("import.upload.hint"));
        hint.addClassNames(TextColor.SECONDARY);
        // The import button right under the verdict: reachable without scrolling past a long list.
        var body = new VerticalLayout(intro, templateLink, upload, hint, done, uploadedFile, summary, fileProblem,
                importButton, problems, rows);
        body.setMaxWidth("72rem");
        add(new ViewToolbar(getTranslation("import.title")), body);
        done.setVisible(false);
        clear();
    }

    private void uploaded(String name, byte[] data) {
        this.fileName = name;
        this.content = data;
        done.removeAll();
        done.setVisible(false);
        // The upload is ready for the corrected file at once; the name of the one checked stays on screen.
        upload.clearFileList();
        uploadedFile.setText(getTranslation("import.fileName", name));
        uploadedFile.setVisible(true);
        show(imports.preview(communityId, name, new ByteArrayInputStream(data)));
    }

    private void show(ImportPreview preview) {
        ImportMessage problem = preview.fileProblem();
        fileProblem.setText(problem == null ? "" : translate(problem));
        fileProblem.setVisible(problem != null);
        summary.setVisible(problem == null);
        summary.setText(preview.isClean()
                ? getTranslation("import.summary.clean", preview.rows().size())
                : getTranslation("import.summary", preview.totalRows(), preview.badRows()) + " — "
                        + getTranslation("import.summary.bad"));
        problems.setItems(preview.problems());
        problems.setVisible(!preview.problems().isEmpty());
        fit(problems, preview.problems().size());
        rows.setItems(preview.isClean() ? preview.rows() : List.of());
        rows.setVisible(preview.isClean());
        fit(rows, preview.rows().size());
        importButton.setText(preview.isClean()
                ? getTranslation("import.button.count", preview.rows().size())
                : getTranslation("import.button"));
        importButton.setEnabled(preview.isClean());
        importButton.setVisible(true);
    }

    private void importFile() {
        byte[] data = content;
        if (data == null) {
            return;
        }
        try {
            int imported = imports.importResidents(communityId, fileName, new ByteArrayInputStream(data));
            clear();
            upload.clearFileList();
            var message = new Span(getTranslation("import.done", imported));
            message.addClassNames(FontWeight.SEMIBOLD, TextColor.SUCCESS);
            var link = new Anchor("residents", getTranslation("import.done.link"));
            link.setTestId("import-residents-link");
            // A router link: the residents list opens without reloading the page.
            link.getElement().setAttribute("router-link", true);
            done.add(new H2(message), link);
            done.setVisible(true);
            Notifications.success("import.done", imported);
        } catch (ImportRefusedException refused) {
            // The register changed since the preview (someone registered one of these residents meanwhile).
            Notifications.refused(refused);
            show(refused.preview());
        }
    }

    private void clear() {
        content = null;
        fileName = "";
        uploadedFile.setVisible(false);
        summary.setVisible(false);
        fileProblem.setVisible(false);
        problems.setItems(List.of());
        problems.setVisible(false);
        rows.setItems(List.of());
        rows.setVisible(false);
        importButton.setText(getTranslation("import.button"));
        importButton.setEnabled(false);
        importButton.setVisible(false);
    }

    /** A short list shows whole; a long one scrolls inside a grid of fixed height. */
    private static void fit(Grid<?> grid, int size) {
        boolean whole = size <= SHORT_LIST;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "28rem");
    }

    private String reasons(ImportProblem problem) {
        return problem.reasons().stream().map(this::translate).collect(Collectors.joining(getTranslation("import.reasonSeparator")));
    }

    /** Columns named in a message are translated too, so a message never mixes languages. */
    private String translate(ImportMessage message) {
        Object[] arguments = message.arguments().stream().map(this::argument).toArray();
        return getTranslation(message.key(), arguments);
    }

    private Object argument(Object argument) {
        if (argument instanceof ImportColumn column) {
            return getTranslation(column.translationKey());
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(this::argument).map(String::valueOf)
                    .collect(Collectors.joining(getTranslation("import.listSeparator")));
        }
        return argument;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
