package org.cocreate.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocreate.assembly.BallotService;
import org.cocreate.assembly.ItemAttachmentService;
import org.cocreate.assembly.Electorate;
import org.cocreate.assembly.ItemEntry;
import org.cocreate.assembly.ItemVote;
import org.cocreate.assembly.PhoneBallot;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.security.ui.LanguageSwitch;
import org.cocreate.base.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * An owner's own phone, by their unit's link (printed on the notice to the owners, or shown as a QR code at the
 * door), without an account: the assembly, their unit, and each item with three big buttons (the candidates to
 * tick in an election). The vote can be changed until the close; a paper ballot for the unit replaces it too.
 */
@Route(value = "owners/:token", autoLayout = false)
@AnonymousAllowed
class OwnerBallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "token";

    final Span assemblyTitle = new Span();
    final Span unit = new Span();
    final Div items = new Div();
    final Paragraph notice = new Paragraph();

    private final BallotService ballots;
    private @Nullable String token;
    private final ItemAttachmentService papers;
    private @Nullable PhoneBallot shown;

    OwnerBallotView(BallotService ballots, ItemAttachmentService papers) {
        this.ballots = ballots;
        this.papers = papers;
        addClassNames("ballot-page", "owner-ballot-page");
        setPadding(false);
        var appName = new H1(getTranslation("app.name"));
        appName.addClassName("public-app-name");
        var header = new Div(appName, new LanguageSwitch(null));
        header.addClassName("public-header");
        assemblyTitle.addClassName("ballot-meeting");
        assemblyTitle.setTestId("owner-ballot-assembly");
        unit.addClassName("ballot-member");
        unit.setTestId("owner-ballot-unit");
        notice.addClassName("ballot-invalid");
        notice.setTestId("owner-ballot-notice");
        items.addClassName("owner-ballot-items");
        var who = new Div(assemblyTitle, unit);
        who.addClassName("ballot-who");
        add(header, who, notice, items);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(PARAMETER).orElse("");
        try {
            show(ballots.phoneBallot(Objects.requireNonNull(token)));
        } catch (NotFoundException unknown) {
            shown = null;
            items.removeAll();
            notice.setText(getTranslation("assembly.phone.invalid"));
            notice.setVisible(true);
        }
    }

    private void cast(List<ItemVote> votes) {
        try {
            show(ballots.castByPhone(Objects.requireNonNull(token), votes));
            Notifications.success("assembly.phone.saved");
        } catch (RefusedException refused) {
            Notifications.refused(refused);
            show(ballots.phoneBallot(Objects.requireNonNull(token)));
        }
    }

    private void show(PhoneBallot ballot) {
        shown = ballot;
        assemblyTitle.setText(ballot.title());
        unit.setText(getTranslation("assembly.phone.unit", ballot.address(), AssemblyTexts.squareMetres(ballot.area())));
        notice.setText(getTranslation("assembly.phone.closed"));
        notice.setVisible(!ballot.open());
        items.removeAll();
        String link = Objects.requireNonNull(token);
        List<org.cocreate.assembly.AttachmentEntry> allPapers = papers.attachmentsByPhone(link);
        for (ItemEntry item : ballot.items()) {
            var title = new Span((item.position() + 1) + ". " + item.title());
            title.addClassName("ballot-item-title");
            var block = new Div(title);
            block.addClassName("ballot-item");
            if (item.text() != null) {
                block.add(new Paragraph(item.text()));
            }
            String proposal = AssemblyTexts.fromProposal(this, item);
            if (proposal != null) {
                var from = new Paragraph(proposal);
                from.addClassName("ballot-item-proposal");
                block.add(from);
            }
            // The plan and the budget, to read before voting.
            List<org.cocreate.assembly.AttachmentEntry> ofItem = allPapers.stream()
                    .filter(paper -> paper.itemId() == item.id()).toList();
            if (!ofItem.isEmpty()) {
                block.add(new ItemPapers(ofItem, paper -> papers.contentByPhone(link, paper), "owner-ballot-paper"));
            }
            ItemVote mine = ballot.cast().get(item.id());
            if (item.election()) {
                block.add(electionChoices(ballot, item, mine));
            } else {
                var buttons = new Div();
                buttons.addClassName("ballot-choices");
                for (Electorate.Choice choice : Electorate.Choice.values()) {
                    var button = new Button(getTranslation("assembly.choice." + choice.name()),
                            e -> cast(List.of(ItemVote.of(item.id(), choice))));
                    button.addThemeVariants(ButtonVariant.LARGE);
                    button.addClassNames("ballot-choice", "ballot-choice-" + choice.name().toLowerCase(java.util.Locale.ROOT));
                    boolean chosen = mine != null && mine.choice() == choice;
                    button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
                    if (chosen) {
                        button.addThemeVariants(ButtonVariant.PRIMARY);
                    }
                    button.setEnabled(ballot.open());
                    button.setTestId("owner-ballot-" + item.position() + "-" + choice.name().toLowerCase(java.util.Locale.ROOT));
                    buttons.add(button);
                }
                block.add(buttons);
            }
            var yours = new Paragraph(mine == null ? getTranslation("ballot.notYet")
                    : getTranslation("assembly.phone.yourVote", mine.choice() == null
                            ? String.join(getTranslation("common.listSeparator"), marked(item, mine)) : getTranslation("assembly.choice." + mine.choice().name())));
            yours.addClassName("ballot-your-vote");
            yours.setTestId("owner-ballot-yours-" + item.position());
            block.add(yours);
            items.add(block);
        }
    }

    private Div electionChoices(PhoneBallot ballot, ItemEntry item, @Nullable ItemVote mine) {
        var candidates = new CheckboxGroup<String>();
        candidates.setLabel(getTranslation("assembly.written.candidates", item.seats()));
        candidates.setItems(item.candidates());
        if (mine != null) {
            candidates.setValue(Set.copyOf(marked(item, mine)));
        }
        ItemChoices.upToTheSeats(candidates, java.util.Objects.requireNonNullElse(item.seats(), 1));
        candidates.setEnabled(ballot.open());
        candidates.setTestId("owner-ballot-marks-" + item.position());
        var send = new Button(getTranslation("assembly.phone.send"), e -> {
            Set<Integer> positions = new LinkedHashSet<>();
            candidates.getValue().forEach(name -> positions.add(item.candidates().indexOf(name)));
            cast(List.of(ItemVote.marking(item.id(), positions)));
        });
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.setEnabled(ballot.open());
        send.setTestId("owner-ballot-send-" + item.position());
        return new Div(candidates, send);
    }

    private static List<String> marked(ItemEntry item, ItemVote vote) {
        return vote.marked().stream().filter(p -> p >= 0 && p < item.candidates().size())
                .map(item.candidates()::get).toList();
    }

    @Override
    public String getPageTitle() {
        PhoneBallot ballot = shown;
        return ballot == null ? getTranslation("assembly.phone.pageTitle") : ballot.title();
    }
}
