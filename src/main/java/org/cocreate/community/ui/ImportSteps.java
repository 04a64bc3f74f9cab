package org.cocreate.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;
import org.cocreate.community.ImportMessage;
import org.cocreate.community.ImportProblem;
import org.cocreate.community.SheetColumn;
import org.jspecify.annotations.Nullable;

/**
 * What every import screen shows the same way (the residents, the property register): the template to download,
 * the upload, the file checked, the verdict, the bad rows with their reasons in the reader's language, the import
 * button under the verdict and what was done. Each screen adds its own rows and its own words for a clean file.
 */
final class ImportSteps<R> {

    /** Up to this many rows a grid shows them all; a longer list scrolls inside the grid. */
    private static final int SHORT_LIST = 12;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Anchor templateLink;
    final Upload upload;
    final Span uploadedFile = new Span();
    final Span summary = new Span();
    final Span fileProblem = new Span();
    final Grid<ImportProblem> problems = new Grid<>();
    final Button importButton = new Button();
    final Div done = new Div();
    private final Grid<R> rows;
    private final Component screen;
    private byte @Nullable [] content;
    private String fileName = "";

    /** The import itself, given the file checked last (the service checks it again). */
    @FunctionalInterface
    interface ImportFile extends java.io.Serializable {
        void run(String fileName, InputStream content);
    }

    /**
     * Test ids start with {@code testIds} ("import-upload"); {@code uploaded} gets the file's name and bytes (to
     * preview them); {@code rows} is the screen's grid of the rows a clean file would import.
     */
    ImportSteps(Component screen, String testIds, String templateName, SerializableSupplier<byte[]> template,
            int maxBytes, SerializableBiConsumer<String, byte[]> uploaded, Grid<R> rows, ImportFile importFile) {
        this.screen = screen;
        this.rows = rows;
        templateLink = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = template.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), templateName, XLSX, bytes.length);
        }), screen.getTranslation("import.template.download"));
        templateLink.setTestId(testIds + "-template");
        templateLink.addClassNames(FontWeight.SEMIBOLD, "import-template");

        upload = LimitedUploadHandler.inMemory(maxBytes, (metadata, data) -> uploaded.accept(metadata.fileName(), data))
                .whenRefused(() -> Notifications.error("import.upload.rejected")).upload();
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", XLSX);
        upload.setTestId(testIds + "-upload");

        uploadedFile.setTestId(testIds + "-file");
        uploadedFile.addClassNames(TextColor.SECONDARY);
        summary.setTestId(testIds + "-summary");
        summary.addClassNames(FontWeight.SEMIBOLD);
        fileProblem.setTestId(testIds + "-file-problem");
        fileProblem.addClassNames(TextColor.ERROR);

        problems.addColumn(ImportProblem::row).setHeader(screen.getTranslation("import.problems.row"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(problem -> reasons(screen, problem))
                .setHeader(screen.getTranslation("import.problems.reasons")).setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        problems.setTestId(testIds + "-problems");

        importButton.setIcon(VaadinIcon.CHECK.create());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setTestId(testIds + "-button");
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> {
            byte[] data = content;
            if (data != null) {
                importFile.run(fileName, new ByteArrayInputStream(data));
            }
        });

        done.setTestId(testIds + "-done");
        done.addClassName("import-done");
    }

    /** A file came: the upload is ready for the corrected one at once; the name of the one checked stays. */
    void received(String fileName, byte[] data) {
        this.fileName = fileName;
        this.content = data;
        done.removeAll();
        done.setVisible(false);
        upload.clearFileList();
        uploadedFile.setText(screen.getTranslation("import.fileName", fileName));
        uploadedFile.setVisible(true);
    }

    /**
     * The verdict on a file: its problem, or its bad rows, or (clean) the rows it would import with the screen's
     * own summary and button text.
     */
    void verdict(@Nullable ImportMessage problem, List<ImportProblem> badRows, int totalRows, List<R> goodRows,
            boolean clean, String cleanSummary, String cleanButton) {
        fileProblem.setText(problem == null ? "" : translate(screen, problem));
        fileProblem.setVisible(problem != null);
        summary.setVisible(problem == null);
        summary.setText(clean ? cleanSummary
                : screen.getTranslation("import.summary", totalRows, badRows.size()) + " — "
                        + screen.getTranslation("import.summary.bad"));
        problems.setItems(badRows);
        problems.setVisible(!badRows.isEmpty());
        fit(problems, badRows.size());
        importButton.setText(clean ? cleanButton : screen.getTranslation("import.button"));
        importButton.setEnabled(clean);
        importButton.setVisible(true);
        rows.setItems(clean ? goodRows : List.of());
        rows.setVisible(clean);
        fit(rows, goodRows.size());
    }

    /** Imported: what was done, and nothing left to import. */
    void finished(Component... whatWasDone) {
        clear();
        done.add(whatWasDone);
        done.setVisible(true);
    }

    void clear() {
        content = null;
        fileName = "";
        upload.clearFileList();
        uploadedFile.setVisible(false);
        summary.setVisible(false);
        fileProblem.setVisible(false);
        problems.setItems(List.of());
        problems.setVisible(false);
        importButton.setText(screen.getTranslation("import.button"));
        importButton.setEnabled(false);
        importButton.setVisible(false);
        done.setVisible(false);
        rows.setItems(List.of());
        rows.setVisible(false);
    }

    /** A short list shows whole; a long one scrolls inside a grid of fixed height. */
    private static void fit(Grid<?> grid, int size) {
        boolean whole = size <= SHORT_LIST;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "28rem");
    }

    private static String reasons(Component screen, ImportProblem problem) {
        return problem.reasons().stream().map(reason -> translate(screen, reason))
                .collect(Collectors.joining(screen.getTranslation("import.reasonSeparator")));
    }

    /** Columns named in a message are translated too, so a message never mixes languages. */
    private static String translate(Component screen, ImportMessage message) {
        Object[] arguments = message.arguments().stream().map(argument -> argument(screen, argument)).toArray();
        return screen.getTranslation(message.key(), arguments);
    }

    private static Object argument(Component screen, Object argument) {
        if (argument instanceof SheetColumn column) {
            return screen.getTranslation(column.translationKey());
        }
        if (argument instanceof Collection<?> items) {
            return items.stream().map(item -> argument(screen, item)).map(String::valueOf)
                    .collect(Collectors.joining(screen.getTranslation("import.listSeparator")));
        }
        return argument;
    }
}
