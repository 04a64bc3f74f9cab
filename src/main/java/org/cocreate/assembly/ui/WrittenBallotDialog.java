package org.cocreate.assembly.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.BallotPicture;
import org.cocreate.assembly.BallotService;
import org.cocreate.assembly.UnitToVisit;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.LimitedUploadHandler;
import org.cocreate.base.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * 书面表决票 at the door: the unit's vote on each item as the owner ticked it on the paper (for, against,
 * abstain; the candidates in an election), and a photo of the signed paper. A refusal lands at the item it
 * concerns; nothing is recorded until every item answered is complete.
 */
final class WrittenBallotDialog extends FormDialog {

    final ItemChoices items;
    final Upload upload;
    private @Nullable BallotPicture photo;

    WrittenBallotDialog(BallotService ballots, AssemblyEntry assembly, UnitToVisit unit, Runnable afterwards) {
        super("");
        setHeaderTitle(getTranslation("assembly.written.title", unit.address()));
        width(Width.WIDE);
        getElement().setAttribute("data-testid", "assembly-written-dialog");
        var area = new Paragraph(getTranslation("assembly.written.area", AssemblyTexts.squareMetres(unit.area())));
        area.addClassName("proposals-details");
        add(area);
        items = new ItemChoices(this, assembly, ballots.ballotOf(assembly.id(), unit.unitId()), "assembly-written");
        upload = LimitedUploadHandler.inMemory(BallotPicture.MAX_BYTES,
                (metadata, data) -> photo = new BallotPicture(metadata.contentType(), data))
                .whenRefused(() -> Notifications.error("assembly.photo.size", BallotPicture.MAX_BYTES / 1024 / 1024))
                .upload();
        upload.setAcceptedFileTypes(BallotPicture.TYPES.toArray(String[]::new));
        upload.setTestId("assembly-written-photo");
        upload.addFileRemovedListener(e -> photo = null);
        var photoLabel = new Span(getTranslation("assembly.written.photo"));
        photoLabel.addClassName("catalogue-form-label");
        var photoBlock = new Div(photoLabel);
        // The paper recorded before, as the evidence stands: a tap shows it at full size.
        ballots.paper(assembly.id(), unit.unitId()).ifPresent(paper -> photoBlock.add(paper(paper, unit)));
        photoBlock.add(upload);
        add(photoBlock);
        refusalsAt(items.fields());
        var phone = new com.vaadin.flow.component.button.Button(getTranslation("assembly.written.phone"),
                com.vaadin.flow.component.icon.VaadinIcon.QRCODE.create(), e -> phoneDialog(ballots, assembly, unit));
        phone.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.TERTIARY);
        phone.setTestId("assembly-written-phone");
        footerStart(phone);
        primary(getTranslation("assembly.written.save"), () -> {
            ballots.recordWritten(assembly.id(), unit.unitId(), items.votes(), photo);
            Notifications.success("assembly.written.saved", unit.address());
            afterwards.run();
            return true;
        }).setTestId("assembly-written-save");
    }

    private com.vaadin.flow.component.Component paper(BallotPicture paper, UnitToVisit unit) {
        String alt = getTranslation("assembly.written.paperAlt", unit.address());
        var thumb = new com.vaadin.flow.component.html.Image(image(paper, unit), alt);
        thumb.addClassName("assembly-paper-thumb");
        var show = new com.vaadin.flow.component.button.Button(thumb, e -> {
            var full = new com.vaadin.flow.component.html.Image(image(paper, unit), alt);
            full.addClassName("assembly-paper-full");
            full.setTestId("assembly-paper-full");
            new FormDialog(getTranslation("assembly.written.paperTitle", unit.address()), full).showOnly()
                    .width(Width.WIDE).open();
        });
        show.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.TERTIARY);
        show.addClassName("assembly-paper");
        show.setTestId("assembly-written-paper");
        show.setTooltipText(getTranslation("assembly.written.paperShow"));
        return show;
    }

    private static com.vaadin.flow.server.streams.DownloadHandler image(BallotPicture paper, UnitToVisit unit) {
        return com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event ->
                new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(paper.content()),
                        "ballot-" + unit.unitId(), paper.contentType(), paper.content().length)).inline();
    }

    /** The unit's own link as a QR code: the owner at the door votes on their phone instead (or later). */
    private void phoneDialog(BallotService ballots, AssemblyEntry assembly, UnitToVisit unit) {
        String link = org.cocreate.base.ui.PublicLinks.absolute("owners/" + ballots.phoneToken(assembly.id(),
                unit.unitId()));
        var qr = new com.vaadin.flow.component.html.Image(org.cocreate.base.ui.QrCodes.pngDataUrl(link, 320),
                getTranslation("assembly.written.phoneAlt", unit.address()));
        qr.addClassName("meeting-ballot-qr");
        qr.setTestId("assembly-phone-qr");
        var hint = new Paragraph(getTranslation("assembly.written.phoneHint"));
        new FormDialog(getTranslation("assembly.written.phoneTitle", unit.address()), hint, qr).showOnly().open();
    }
}
