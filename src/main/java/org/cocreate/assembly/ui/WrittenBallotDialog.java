package org.cocreate.assembly.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.BallotPicture;
import org.cocreate.assembly.BallotService;
import org.cocreate.assembly.Electorate;
import org.cocreate.assembly.ItemEntry;
import org.cocreate.assembly.ItemVote;
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

    final Map<Long, RadioButtonGroup<Electorate.Choice>> choices = new HashMap<>();
    final Map<Long, CheckboxGroup<String>> marks = new HashMap<>();
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
        Map<String, HasValidation> fields = new HashMap<>();
        Map<Long, ItemVote> earlier = ballots.ballotOf(assembly.id(), unit.unitId());
        for (int i = 0; i < assembly.items().size(); i++) {
            ItemEntry item = assembly.items().get(i);
            var title = new Span((item.position() + 1) + ". " + item.title());
            title.addClassName("assembly-item-title");
            var block = new Div(title);
            block.addClassName("assembly-written-item");
            ItemVote before = earlier.get(item.id());
            if (item.election()) {
                var marked = new CheckboxGroup<String>();
                marked.setLabel(getTranslation("assembly.written.candidates", item.seats()));
                marked.setItems(item.candidates());
                if (before != null) {
                    marked.setValue(before.marked().stream().filter(p -> p < item.candidates().size())
                            .map(item.candidates()::get).collect(java.util.stream.Collectors.toSet()));
                }
                marked.setTestId("assembly-written-marks-" + item.position());
                marks.put(item.id(), marked);
                fields.put("items." + i + ".choice", marked);
                block.add(marked);
            } else {
                var choice = new RadioButtonGroup<Electorate.Choice>();
                choice.setItems(Electorate.Choice.values());
                choice.setItemLabelGenerator(c -> getTranslation("assembly.choice." + c.name()));
                choice.addClassName("assembly-written-choice");
                if (before != null) {
                    choice.setValue(before.choice());
                }
                choice.setTestId("assembly-written-choice-" + item.position());
                choices.put(item.id(), choice);
                fields.put("items." + i + ".choice", choice);
                block.add(choice);
            }
            add(block);
        }
        upload = LimitedUploadHandler.inMemory(BallotPicture.MAX_BYTES,
                (metadata, data) -> photo = new BallotPicture(metadata.contentType(), data))
                .whenRefused(() -> Notifications.error("assembly.photo.size", BallotPicture.MAX_BYTES / 1024 / 1024))
                .upload();
        upload.setAcceptedFileTypes(BallotPicture.TYPES.toArray(String[]::new));
        upload.setTestId("assembly-written-photo");
        upload.addFileRemovedListener(e -> photo = null);
        var photoLabel = new Span(getTranslation("assembly.written.photo"));
        photoLabel.addClassName("catalogue-form-label");
        add(new Div(photoLabel, upload));
        refusalsAt(fields);
        var phone = new com.vaadin.flow.component.button.Button(getTranslation("assembly.written.phone"),
                com.vaadin.flow.component.icon.VaadinIcon.QRCODE.create(), e -> phoneDialog(ballots, assembly, unit));
        phone.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.TERTIARY);
        phone.setTestId("assembly-written-phone");
        footerStart(phone);
        primary(getTranslation("assembly.written.save"), () -> {
            ballots.recordWritten(assembly.id(), unit.unitId(), votes(assembly), photo);
            Notifications.success("assembly.written.saved", unit.address());
            afterwards.run();
            return true;
        }).setTestId("assembly-written-save");
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

    /** The items answered on the paper, in ballot order; an item left blank is not sent (refused if required). */
    private List<ItemVote> votes(AssemblyEntry assembly) {
        List<ItemVote> votes = new ArrayList<>();
        for (ItemEntry item : assembly.items()) {
            if (item.election()) {
                Set<Integer> positions = new LinkedHashSet<>();
                marks.get(item.id()).getValue().forEach(name -> positions.add(item.candidates().indexOf(name)));
                votes.add(ItemVote.marking(item.id(), positions));
            } else {
                votes.add(new ItemVote(item.id(), choices.get(item.id()).getValue(), Set.of()));
            }
        }
        return votes;
    }
}
