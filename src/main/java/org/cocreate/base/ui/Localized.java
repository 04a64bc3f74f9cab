package org.cocreate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's components carry English texts of their own (the date picker's months, the upload's "Drop
 * files here", the confirm dialog's buttons, an empty grid). These factories give them the user's
 * language, so no screen mixes languages.
 */
public final class Localized {

    private Localized() {
    }

    /**
     * A file written as the screen that offers it would write it: in its language and formats. Vaadin serves a
     * download outside the screen's UI, where a translation falls back to the first language (the Word minutes
     * of a Chinese screen came out in English); this makes the download's UI the current one while it is made.
     */
    public static DownloadHandler download(InputStreamDownloadCallback file) {
        return DownloadHandler.fromInputStream(download -> {
            UI before = UI.getCurrent();
            UI.setCurrent(download.getUI());
            try {
                return file.complete(download);
            } finally {
                UI.setCurrent(before);
            }
        });
    }

    public static DatePicker datePicker(String label) {
        var picker = new DatePicker(label);
        Locale locale = locale();
        picker.setLocale(locale);
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek() == DayOfWeek.SUNDAY ? 0 : 1)
                .setToday(translate("common.today"))
                .setCancel(translate("common.cancel"))
                .setDateFormat(Formats.of(locale).datePattern());
        picker.setI18n(i18n);
        return picker;
    }

    public static void upload(Upload upload) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(translate("upload.dropOne"))
                .setMany(translate("upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(translate("upload.addOne"))
                .setMany(translate("upload.addMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(translate("upload.tooMany"))
                .setFileIsTooBig(translate("upload.tooBig")).setIncorrectFileType(translate("upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(translate("upload.connecting"))
                        .setStalled(translate("upload.stalled")).setProcessing(translate("upload.processing"))
                        .setHeld(translate("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(translate("upload.remaining")).setUnknown(translate("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(translate("upload.serverUnavailable"))
                        .setUnexpectedServerError(translate("upload.serverError"))
                        .setForbidden(translate("upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(translate("upload.retry")).setStart(translate("upload.start"))
                .setRemove(translate("upload.remove")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        upload.setI18n(i18n);
    }

    public static ConfirmDialog confirmDialog(String header, String text, String confirmText) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setConfirmText(confirmText);
        dialog.setCancelable(true);
        dialog.setCancelText(translate("common.cancel"));
        return dialog;
    }

    /** The eye button's label (for screen readers): the web component's own default is English. */
    public static PasswordField passwordField(PasswordField field) {
        field.getElement().setPropertyJson("i18n", JacksonUtils.createObjectNode()
                .put("reveal", translate("common.showPassword")));
        return field;
    }

    /**
     * The same for the password field inside the sign-in form, which the form makes itself: set in the
     * browser once the form has drawn it.
     */
    public static void loginForm(LoginForm form) {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() => {
                  const fields = [...this.querySelectorAll('vaadin-password-field'),
                      ...(this.shadowRoot ? this.shadowRoot.querySelectorAll('vaadin-password-field') : [])];
                  fields.forEach(field => field.i18n = {...field.i18n, reveal: $0});
                }));""", translate("common.showPassword"));
    }

    /** The label of the button that a menu bar too narrow for its items shows (for screen readers). */
    public static MenuBar menuBar(MenuBar menu) {
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(translate("common.moreOptions")));
        return menu;
    }

    /**
     * The connection indicator's messages at the top of the page when a tablet loses the network or the
     * server, and when it is back: its defaults are English ("Connection lost, trying to reconnect...").
     */
    public static void connectionIndicator(UI ui) {
        ui.getPage().executeJs("""
                const texts = ci => Object.assign(ci, {onlineText: $0, offlineText: $1, reconnectingText: $2});
                customElements.whenDefined('vaadin-connection-indicator').then(() =>
                    document.querySelectorAll('vaadin-connection-indicator').forEach(texts));""",
                ui.getTranslation("connection.online"), ui.getTranslation("connection.offline"),
                ui.getTranslation("connection.reconnecting"));
    }

    public static void emptyState(Grid<?> grid) {
        grid.setEmptyStateText(translate("common.noData"));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    private static String translate(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }
}
