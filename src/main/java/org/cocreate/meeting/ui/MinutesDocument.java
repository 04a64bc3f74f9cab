package org.cocreate.meeting.ui;

import com.vaadin.flow.component.Component;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.cocreate.base.ui.Formats;
import org.cocreate.meeting.Minutes;
import org.cocreate.meeting.MemberEntry;
import org.cocreate.meeting.VoteLine;

/**
 * 会议纪要 as a Word file (.docx, Apache POI), because committees keep their minutes in Word: the meeting, the
 * attendance, then each item on a page of its own with its decision, counts, notes and each member's vote.
 * In the reader's language, like the screen.
 */
final class MinutesDocument {

    private MinutesDocument() {
    }

    static byte[] docx(Component owner, Minutes minutes) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            Formats formats = Formats.current();
            var meeting = minutes.meeting();
            text(document, owner.getTranslation("minutes.heading", meeting.title()), true, 16);
            text(document, MeetingTexts.facts(owner, meeting), false, 11);
            List<MemberEntry> members = minutes.members();
            text(document, owner.getTranslation("minutes.attendance"), true, 13);
            text(document, owner.getTranslation("minutes.present", names(members, true, false)), false, 11);
            text(document, owner.getTranslation("minutes.absent", names(members, false, false)), false, 11);
            text(document, owner.getTranslation("minutes.guests", names(members, true, true)), false, 11);
            for (Minutes.ItemMinutes entry : minutes.items()) {
                var item = entry.item();
                XWPFParagraph heading = document.createParagraph();
                heading.setPageBreak(true);
                XWPFRun run = heading.createRun();
                run.setBold(true);
                run.setFontSize(13);
                run.setText(item.position() + ". " + item.title());
                text(document, owner.getTranslation("minutes.kind", owner.getTranslation(
                        "meeting.item.kind." + item.kind().name())), false, 11);
                if (item.result() != null) {
                    text(document, owner.getTranslation("minutes.result", owner.getTranslation(
                            "meeting.item.result." + item.result().name()), MeetingTexts.tally(owner, item.tally())),
                            true, 11);
                } else {
                    text(document, owner.getTranslation("minutes.notVoted"), false, 11);
                }
                if (item.decision() != null) {
                    text(document, owner.getTranslation("minutes.decision", item.decision()), false, 11);
                }
                if (item.owner() != null) {
                    text(document, owner.getTranslation("minutes.owner", item.owner()), false, 11);
                }
                if (item.deadline() != null) {
                    text(document, owner.getTranslation("minutes.deadline", formats.date(item.deadline())), false, 11);
                }
                if (item.notes() != null) {
                    text(document, owner.getTranslation("minutes.notes", item.notes()), false, 11);
                }
                if (!entry.votes().isEmpty()) {
                    XWPFTable table = document.createTable(entry.votes().size() + 1, 3);
                    table.getRow(0).getCell(0).setText(owner.getTranslation("minutes.column.member"));
                    table.getRow(0).getCell(1).setText(owner.getTranslation("minutes.column.vote"));
                    table.getRow(0).getCell(2).setText(owner.getTranslation("minutes.column.way"));
                    for (int i = 0; i < entry.votes().size(); i++) {
                        VoteLine vote = entry.votes().get(i);
                        table.getRow(i + 1).getCell(0).setText(vote.name());
                        table.getRow(i + 1).getCell(1).setText(MeetingTexts.choice(owner, vote.choice()));
                        table.getRow(i + 1).getCell(2).setText(owner.getTranslation("meeting.way." + vote.way().name())
                                + " · " + formats.time(vote.castAt().toLocalTime()));
                    }
                }
            }
            XWPFParagraph end = document.createParagraph();
            end.createRun().addBreak(BreakType.TEXT_WRAPPING);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String names(List<MemberEntry> members, boolean present, boolean guests) {
        String joined = String.join("、", members.stream()
                .filter(m -> m.present() == present && m.guest() == guests).map(MemberEntry::name).toList());
        return joined.isEmpty() ? "—" : joined;
    }

    private static void text(XWPFDocument document, String text, boolean bold, int size) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
    }
}
