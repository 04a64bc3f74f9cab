package org.cocreate.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ImportProblem;
import org.cocreate.community.PropertyImportColumn;
import org.cocreate.community.PropertyImportPreview;
import org.cocreate.community.PropertyImportRefusedException;
import org.cocreate.community.PropertyImportRow;
import org.cocreate.community.PropertyImportService;
import org.cocreate.community.PropertyImported;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;

/**
 * The property register import (房产清册), opened from a compound's units: download the template, upload the
 * sheet, read what is wrong row by row, and import only a clean file. One import for the community: the file may
 * name any of its compounds; the screen goes back to the compound it was opened from. The uploaded bytes stay in
 * the view between preview and import; the service checks them again when importing.
 */
@Route(PropertyImportView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME})
class PropertyImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "compounds/:" + PropertyUnitsView.PARAMETER + "([0-9]{1,18})/units/import";

    final Upload upload;
    final Span summary;
    final Grid<ImportProblem> problems;
    final Grid<PropertyImportRow> rows = new Grid<>();
    final Button importButton;
    final ImportSteps<PropertyImportRow> steps;

    private final PropertyImportService imports;
    private final long communityId;
    private long compoundId;

    PropertyImportView(PropertyImportService imports, WorkingCommunity workingCommunity) {
        this.imports = imports;
        this.communityId = workingCommunity.id();
        setPadding(false);
        addClassName("property-import");

        steps = new ImportSteps<>(this, "property-import", getTranslation("property.import.template.fileName"),
                imports::template, PropertyImportService.MAX_BYTES, this::uploaded, rows,
                this::importFile);
        upload = steps.upload;
        summary = steps.summary;
        problems = steps.problems;
        importButton = steps.importButton;

        rows.addColumn(PropertyImportRow::row).setHeader(getTranslation("import.problems.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(PropertyImportRow::address).setHeader(getTranslation("property.units.address"))
                .setAutoWidth(true).setFlexGrow(1);
        rows.addColumn(row -> getTranslation("property.area.value", row.area().toString()))
                .setHeader(getTranslation(PropertyImportColumn.AREA.translationKey()))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(row -> row.developerHeld() ? getTranslation("property.units.developerHeld")
                : (row.ownerName() + " " + row.maskedPhone()).strip())
                .setHeader(getTranslation("property.units.owners")).setAutoWidth(true);
        rows.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setTestId("property-import-rows");

        var back = new Button(getTranslation("property.import.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> toUnits());
        back.addThemeVariants(ButtonVariant.TERTIARY);
        back.setTestId("property-import-back");
        var intro = new Paragraph(getTranslation("property.import.intro"));
        var hint = new Span(getTranslation("import.upload.hint"));
        hint.addClassName("property-import-hint");
        // The import button right under the verdict: reachable without scrolling past a long list.
        var body = new VerticalLayout(back, intro, steps.templateLink, upload, hint, steps.done, steps.uploadedFile,
                summary, steps.fileProblem, importButton, problems, rows);
        body.addClassName("property-import-body");
        add(new ViewToolbar(getTranslation("property.import.title")), body);
        steps.clear();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        compoundId = event.getRouteParameters().get(PropertyUnitsView.PARAMETER).map(Long::valueOf).orElse(0L);
    }

    private void uploaded(String name, byte[] data) {
        steps.received(name, data);
        show(imports.preview(communityId, name, new ByteArrayInputStream(data)));
    }

    private void show(PropertyImportPreview preview) {
        steps.verdict(preview.fileProblem(), preview.problems(), preview.totalRows(), preview.rows(),
                preview.isClean(), getTranslation("property.import.summary.clean", preview.rows().size(),
                        preview.units()), getTranslation("property.import.button.count", preview.units()));
    }

    private void importFile(String fileName, InputStream data) {
        try {
            PropertyImported imported = imports.importUnits(communityId, fileName, data);
            var message = new Span(getTranslation("property.import.done", imported.units(), imported.unitsCreated(),
                    imported.unitsChanged(), imported.ownersAdded()));
            message.addClassName("property-import-done-text");
            var toUnits = new Button(getTranslation("property.import.done.link"), e -> toUnits());
            toUnits.addThemeVariants(ButtonVariant.PRIMARY);
            toUnits.setTestId("property-import-units-link");
            steps.finished(message, toUnits);
            Notifications.success("property.import.done", imported.units(), imported.unitsCreated(),
                    imported.unitsChanged(), imported.ownersAdded());
        } catch (PropertyImportRefusedException refused) {
            // The register changed since the preview (a building renamed meanwhile).
            Notifications.refused(refused);
            show(refused.preview());
        }
    }

    private void toUnits() {
        getUI().ifPresent(ui -> ui.navigate(PropertyUnitsView.class,
                new RouteParameters(PropertyUnitsView.PARAMETER, String.valueOf(compoundId))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("property.import.title");
    }
}
