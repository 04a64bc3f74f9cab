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
import java.util.List;
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
import org.jspecify.annotations.Nullable;

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
    final ImportSteps steps;

    private final PropertyImportService imports;
    private final long communityId;
    private long compoundId;
    private byte @Nullable [] content;
    private String fileName = "";

    PropertyImportView(PropertyImportService imports, WorkingCommunity workingCommunity) {
        this.imports = imports;
        this.communityId = workingCommunity.id();
        setPadding(false);
        addClassName("property-import");

        steps = new ImportSteps(this, "property-import", getTranslation("property.import.template.fileName"),
                imports::template, PropertyImportService.MAX_BYTES, this::uploaded, this::importFile);
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
        clear();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        compoundId = event.getRouteParameters().get(PropertyUnitsView.PARAMETER).map(Long::valueOf).orElse(0L);
    }

    private void uploaded(String name, byte[] data) {
        this.fileName = name;
        this.content = data;
        steps.received(name);
        show(imports.preview(communityId, name, new ByteArrayInputStream(data)));
    }

    private void show(PropertyImportPreview preview) {
        boolean clean = steps.verdict(preview.fileProblem(), preview.problems(), preview.totalRows(),
                preview.isClean(), getTranslation("property.import.summary.clean", preview.rows().size(),
                        preview.units()), getTranslation("property.import.button.count", preview.units()));
        rows.setItems(clean ? preview.rows() : List.of());
        rows.setVisible(clean);
        ImportSteps.fit(rows, preview.rows().size());
    }

    private void importFile() {
        byte[] data = content;
        if (data == null) {
            return;
        }
        try {
            PropertyImported imported = imports.importUnits(communityId, fileName, new ByteArrayInputStream(data));
            clear();
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

    private void clear() {
        content = null;
        fileName = "";
        steps.clear();
        rows.setItems(List.of());
        rows.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("property.import.title");
    }
}
