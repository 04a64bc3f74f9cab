package org.cocreate.assembly.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.BallotService;
import org.cocreate.assembly.OwnerUnits;
import org.cocreate.assembly.UnitToVisit;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;

/**
 * 会议表决 at the desk of an assembly meeting: the owner found by name, phone or room is checked in by their
 * ballot, which counts for every unit they hold (one ballot per unit, as the count takes them). The units and
 * their area are shown so the owner can confirm they are theirs.
 */
final class MeetingBallotDialog extends FormDialog {

    final ItemChoices items;

    MeetingBallotDialog(BallotService ballots, AssemblyEntry assembly, OwnerUnits owner, String ownerName,
            Runnable afterwards) {
        super("");
        setHeaderTitle(getTranslation("assembly.meeting.title", ownerName));
        width(Width.WIDE);
        getElement().setAttribute("data-testid", "assembly-meeting-dialog");
        List<UnitToVisit> units = owner.units();
        var held = new Paragraph(getTranslation("assembly.meeting.units", units.size(),
                String.join(getTranslation("common.listSeparator"), units.stream().map(UnitToVisit::address).toList()),
                AssemblyTexts.squareMetres(owner.area())));
        held.addClassName("proposals-details");
        add(held);
        items = new ItemChoices(this, assembly, ballots.ballotOf(assembly.id(), units.getFirst().unitId()),
                "assembly-meeting");
        refusalsAt(items.fields());
        primary(getTranslation("assembly.meeting.save"), () -> {
            ballots.recordAtMeeting(assembly.id(), units.stream().map(UnitToVisit::unitId).toList(), items.votes());
            Notifications.success("assembly.meeting.saved", ownerName, units.size());
            afterwards.run();
            return true;
        }).setTestId("assembly-meeting-save");
    }
}
