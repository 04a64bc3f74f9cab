package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.stream.Collectors;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ImportPreview;
import org.cocreate.community.ImportProblem;
import org.cocreate.community.ImportRefusedException;
import org.cocreate.community.ImportRow;
import org.cocreate.community.ResidentImportService;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * The residents import: download the template, upload the filled sheet, read what is wrong row by row,
 * and import only a clean file. The uploaded bytes stay in the view between preview and import; the
 * service checks them again when importing.
 */
@Route("residents/import")
@Menu(order = 15, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed(Role.ADMIN_NAME)
class ResidentImportView extends VerticalLayout implements HasDynamicTitle {

    final Anchor templateLink;
    final Upload upload;
    final Span uploadedFile;
    final Span summary;
    final Span fileProblem;
    final Grid<ImportProblem> problems;
    final Grid<ImportRow> rows = new Grid<>();
    final Button importButton;
    final Div done;

    private final ImportSteps<ImportRow> steps;
    private final ResidentImportService imports;
    private final long communityId;

    ResidentImportView(ResidentImportService imports, WorkingCommunity workingCommunity) {
        this.imports = imports;
        this.communityId = workingCommunity.id();
        setPadding(false);

        steps = new ImportSteps<>(this, "import", getTranslation("import.template.fileName"), imports::template,
                ResidentImportService.MAX_BYTES, this::uploaded, rows,
                this::importFile);
        templateLink = steps.templateLink;
        upload = steps.upload;
        uploadedFile = steps.uploadedFile;
        summary = steps.summary;
        fileProblem = steps.fileProblem;
        problems = steps.problems;
        importButton = steps.importButton;
        done = steps.done;

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

        var intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassNames(Margin.NONE);
        var hint = new Span(getTranslation("import.upload.hint"));
        hint.addClassNames(TextColor.SECONDARY);
        // The import button right under the verdict: reachable without scrolling past a long list.
        var body = new VerticalLayout(intro, templateLink, upload, hint, done, uploadedFile, summary, fileProblem,
                importButton, problems, rows);
        body.setMaxWidth("72rem");
        add(new ViewToolbar(getTranslation("import.title")), body);
        steps.clear();
    }

    private void uploaded(String name, byte[] data) {
        steps.received(name, data);
        show(imports.preview(communityId, name, new ByteArrayInputStream(data)));
    }

    private void show(ImportPreview preview) {
        steps.verdict(preview.fileProblem(), preview.problems(), preview.totalRows(), preview.rows(),
                preview.isClean(), getTranslation("import.summary.clean", preview.rows().size()),
                getTranslation("import.button.count", preview.rows().size()));
    }

    private void importFile(String fileName, InputStream data) {
        try {
            int imported = imports.importResidents(communityId, fileName, data);
            var message = new Span(getTranslation("import.done", imported));
            message.addClassNames(FontWeight.SEMIBOLD, TextColor.SUCCESS);
            var link = new Anchor("residents", getTranslation("import.done.link"));
            link.setTestId("import-residents-link");
            // A router link: the residents list opens without reloading the page.
            link.getElement().setAttribute("router-link", true);
            steps.finished(new H2(message), link);
            Notifications.success("import.done", imported);
        } catch (ImportRefusedException refused) {
            // The register changed since the preview (someone registered one of these residents meanwhile).
            Notifications.refused(refused);
            show(refused.preview());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
