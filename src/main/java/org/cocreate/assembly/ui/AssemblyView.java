package org.cocreate.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocreate.assembly.AssemblyChanged;
import org.cocreate.assembly.AssemblyEntry;
import org.cocreate.assembly.AssemblyRule;
import org.cocreate.assembly.AssemblyService;
import org.cocreate.assembly.AssemblyStatus;
import org.cocreate.assembly.AttachmentEntry;
import org.cocreate.assembly.ItemAttachmentService;
import org.cocreate.assembly.BallotService;
import org.cocreate.assembly.Election;
import org.cocreate.assembly.ItemDraft;
import org.cocreate.assembly.ItemEntry;
import org.cocreate.assembly.ItemResult;
import org.cocreate.assembly.Matter;
import org.cocreate.assembly.Outcome;
import org.cocreate.assembly.OwnerUnits;
import org.cocreate.assembly.Participation;
import org.cocreate.assembly.Tally;
import org.cocreate.assembly.UnitToVisit;
import org.cocreate.base.LiveEvents;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalFilter;
import org.cocreate.proposal.ProposalService;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * An owners' assembly on the worker's tablet. In preparation: its items, each one of the nine matters with the
 * majorities it needs. While the vote runs: participation toward the two thirds by area and by heads (the
 * compound and each building, live as ballots come in), the doors still to knock on by building and floor, a tap
 * on one to record its written ballot; and each item's count so far. Closed: the decision with every number.
 */
@Route("assemblies/:assemblyId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class AssemblyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "assemblyId";

    final Span facts = new Span();
    final Div status = new Div();
    final Paragraph closeNote = new Paragraph();
    final Div participation = new Div();
    final Div items = new Div();
    final Div toVisit = new Div();
    final ComboBox<UnitToVisit> anyUnit = new ComboBox<>();
    final ComboBox<OwnerUnits> atMeeting = new ComboBox<>();
    final Button addItem = new Button();
    final Button open = new Button();
    final Button close = new Button();

    private final AssemblyService assemblies;
    private final BallotService ballots;
    private final ProposalService proposals;
    private final ItemAttachmentService papers;
    private final boolean staff;
    private final boolean admin;
    private final ViewToolbar toolbar;
    private final H2 toVisitTitle = new H2();
    private @Nullable AssemblyEntry shown;

    AssemblyView(AssemblyService assemblies, BallotService ballots, ProposalService proposals,
            ItemAttachmentService papers, CurrentUser currentUser, LiveEvents liveEvents) {
        this.papers = papers;
        this.assemblies = assemblies;
        this.ballots = ballots;
        this.proposals = proposals;
        this.admin = currentUser.has(Role.ADMIN);
        this.staff = admin || currentUser.has(Role.WORKER);
        setPadding(false);
        addClassName("assembly-page");
        addItem.setText(getTranslation("assembly.addItem"));
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.setTestId("assembly-add-item");
        addItem.addClickListener(e -> itemDialog());
        open.setText(getTranslation("assembly.open"));
        open.setIcon(VaadinIcon.PLAY.create());
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.setTestId("assembly-open");
        open.addClickListener(e -> openDialog());
        close.setText(getTranslation("assembly.close"));
        close.setIcon(VaadinIcon.FLAG_CHECKERED.create());
        close.setTestId("assembly-close");
        close.addClickListener(e -> closeDialog());
        var back = new RouterLink(getTranslation("assembly.back"), AssembliesView.class);
        back.addClassName("toolbar-link");
        toolbar = new ViewToolbar("", addItem, open, close, back);
        facts.addClassName("proposals-details");
        status.addClassName("assembly-status");
        closeNote.addClassName("assembly-close-note");
        closeNote.setTestId("assembly-close-note-shown");
        participation.addClassName("assembly-participation");
        participation.setTestId("assembly-participation");
        items.addClassName("assembly-items");
        items.setTestId("assembly-items");
        toVisit.addClassName("assembly-to-visit");
        toVisit.setTestId("assembly-to-visit");
        toVisitTitle.setText(getTranslation("assembly.toVisit"));
        // A paper again for a unit that voted (the owner changed their mind), or one brought to the office.
        picker(anyUnit, "assembly.anyUnit", UnitToVisit::address, "assembly-any-unit",
                (assembly, unit) -> new WrittenBallotDialog(ballots, assembly, unit, this::refresh).open());
        // The desk of an assembly meeting: the owner who came is found and checked in by their ballot.
        picker(atMeeting, "assembly.meeting.find", this::ownerLabel, "assembly-at-meeting", (assembly, owner) ->
                new MeetingBallotDialog(ballots, assembly, owner, ownerName(owner), this::refresh).open());
        atMeeting.setHelperText(getTranslation("assembly.meeting.findHelp"));
        var content = new VerticalLayout(new Div(status, facts), closeNote, participation, items, atMeeting,
                toVisitTitle, anyUnit, toVisit);
        content.addClassName("proposal-page-content");
        add(toolbar, content);
        LiveScreen.follow(this, liveEvents, AssemblyChanged.class,
                () -> shown == null ? null : shown.communityId(), change -> {
                    AssemblyEntry current = shown;
                    if (current != null && change.assemblyId() == current.id()) {
                        refresh();
                    }
                });
    }

    static RouteParameters parameters(long assemblyId) {
        return new RouteParameters(PARAMETER, String.valueOf(assemblyId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
        show(assemblies.assembly(id));
    }

    void refresh() {
        show(assemblies.assembly(Objects.requireNonNull(shown).id()));
    }

    private void show(AssemblyEntry assembly) {
        shown = assembly;
        toolbar.setTitle(assembly.title());
        Formats formats = Formats.current();
        // The electorate is fixed at the opening: before it, the page says so rather than "0 units".
        facts.setText(getTranslation(assembly.status() == AssemblyStatus.DRAFT ? "assembly.facts.draft"
                : "assembly.facts", assembly.compoundName(), formats.date(assembly.opensOn()),
                formats.date(assembly.closesOn()), assembly.units()));
        status.removeAll();
        status.add(AssemblyTexts.status(this, assembly.status()));
        closeNote.setText(assembly.closeNote() == null ? "" : getTranslation("assembly.closeNote", assembly.closeNote()));
        closeNote.setVisible(assembly.closeNote() != null);
        boolean draft = assembly.status() == AssemblyStatus.DRAFT;
        boolean voting = assembly.status() == AssemblyStatus.OPEN;
        addItem.setVisible(staff && draft);
        open.setVisible(admin && draft);
        close.setVisible(admin && voting);
        List<ItemResult> results = draft ? List.of() : assemblies.results(assembly.id());
        showItems(assembly, results);
        participation.removeAll();
        participation.setVisible(!draft);
        if (!draft) {
            showParticipation(assemblies.participation(assembly.id()), assembly.status() == AssemblyStatus.CLOSED);
        }
        toVisitTitle.setVisible(voting);
        toVisit.setVisible(voting);
        anyUnit.setVisible(voting && staff);
        atMeeting.setVisible(voting && staff);
        if (voting) {
            showToVisit(assembly, assemblies.toVisit(assembly.id()));
            if (staff) {
                anyUnit.setItems(assemblies.units(assembly.id()));
                // Searched as the worker types (2,000 units are not sent to the tablet at each ballot).
                long id = assembly.id();
                atMeeting.setItems(query -> assemblies.owners(id, query.getFilter().orElse("")).stream()
                        .skip(query.getOffset()).limit(query.getLimit()));
            }
        }
    }

    // ---- the items, with their count -----------------------------------------------------------------

    private void showItems(AssemblyEntry assembly, List<ItemResult> results) {
        items.removeAll();
        if (assembly.items().isEmpty()) {
            var none = new Paragraph(getTranslation("assembly.noItems"));
            none.addClassName("review-empty");
            items.add(none);
        }
        AssemblyRule rule = assemblies.rule(assembly.id());
        List<AttachmentEntry> allPapers = papers.attachments(assembly.id());
        boolean preparing = staff && assembly.status() == AssemblyStatus.DRAFT;
        for (ItemEntry item : assembly.items()) {
            var title = new Span((item.position() + 1) + ". " + item.title());
            title.addClassName("assembly-item-title");
            var matter = new Span(getTranslation(item.matter().translationKey()) + " · "
                    + getTranslation("assembly.needs", AssemblyTexts.threshold(this, rule.participation()),
                            AssemblyTexts.threshold(this, rule.decision(item.matter()))));
            matter.addClassName("proposals-details");
            var card = new Div(title, matter);
            card.addClassName("assembly-item");
            card.setTestId("assembly-item-" + item.position());
            if (item.text() != null) {
                var text = new Paragraph(item.text());
                text.addClassName("assembly-item-text");
                card.add(text);
            }
            String proposal = AssemblyTexts.fromProposal(this, item);
            if (proposal != null) {
                // The proposal's page, with its photos, plan and supporters, one tap away.
                var link = new com.vaadin.flow.component.html.Anchor("proposals/" + item.proposalId(), proposal);
                link.addClassName("assembly-item-proposal");
                link.setTestId("assembly-item-proposal-" + item.position());
                card.add(link);
            }
            List<AttachmentEntry> ofItem = allPapers.stream().filter(paper -> paper.itemId() == item.id()).toList();
            if (preparing) {
                card.add(ItemPapers.editable(papers, assembly.id(), item.id(), ofItem, item.position(), this::refresh));
            } else if (!ofItem.isEmpty()) {
                long id = assembly.id();
                card.add(new ItemPapers(ofItem, paper -> papers.content(id, paper), "assembly-paper"));
            }
            results.stream().filter(result -> result.item().id() == item.id()).findFirst()
                    .ifPresent(result -> card.add(count(assembly, result)));
            items.add(card);
        }
    }

    /** For, against, abstaining and not voting, by area and heads; the decision (or where it stands). */
    private Div count(AssemblyEntry assembly, ItemResult result) {
        var count = new Div();
        count.addClassName("assembly-count");
        Outcome outcome = result.outcome();
        Tally tally = outcome.tally();
        boolean closed = assembly.status() == AssemblyStatus.CLOSED;
        if (result.election() != null) {
            Election.Result election = result.election();
            for (Election.CandidateCount candidate : election.ranked()) {
                boolean elected = election.elected().contains(candidate);
                var line = new Div(new Span(candidate.candidateKey()), new Span(getTranslation("assembly.count.votes",
                        AssemblyTexts.squareMetres(candidate.areaFor()), candidate.headsFor())));
                if (elected && closed) {
                    line.add(new Badge(getTranslation("assembly.elected"), Badge.Tone.SUCCESS));
                }
                line.addClassName("assembly-count-line");
                count.add(line);
            }
        } else {
            count.add(line("assembly.count.for", tally.forArea(), tally.forHeads()),
                    line("assembly.count.against", tally.againstArea(), tally.againstHeads()),
                    line("assembly.count.abstain", tally.abstainArea(), tally.abstainHeads()),
                    line("assembly.count.notVoting", tally.notVotingArea(), tally.notVotingHeads()));
        }
        boolean adopted = result.election() != null ? outcome.participationMet() && !result.elected().isEmpty()
                : outcome.adopted();
        String decision = !outcome.participationMet() ? "assembly.result.noQuorum"
                : adopted ? "assembly.result.adopted" : "assembly.result.rejected";
        var badge = new Badge(getTranslation(closed ? decision : decision + ".sofar",
                AssemblyTexts.threshold(this, outcome.participation())),
                adopted ? Badge.Tone.SUCCESS : Badge.Tone.MUTED);
        badge.setTestId("assembly-result-" + result.item().position());
        count.add(badge);
        if (result.election() == null && outcome.participationMet()) {
            // Why it passes or not: the shares of those taking part who were for, against the majority needed.
            var shares = new Span(getTranslation("assembly.result.shares", outcome.areaShareFor().toPlainString(),
                    outcome.headShareFor().toPlainString(), AssemblyTexts.threshold(this, outcome.decision())));
            shares.addClassName("proposals-details");
            shares.setTestId("assembly-result-shares-" + result.item().position());
            count.add(shares);
        }
        return count;
    }

    private Div line(String key, org.cocreate.base.Area area, long heads) {
        var line = new Div(new Span(getTranslation(key)),
                new Span(getTranslation("assembly.count.votes", AssemblyTexts.squareMetres(area), heads)));
        line.addClassName("assembly-count-line");
        return line;
    }

    // ---- participation and the doors still to knock on ----------------------------------------------

    /** While the vote runs, where it stands and the doors left; once closed, what it was. */
    private void showParticipation(Participation shares, boolean closed) {
        var head = new Span(getTranslation("assembly.participation.title",
                AssemblyTexts.threshold(this, shares.threshold())));
        head.addClassName("assembly-participation-title");
        Participation.Share all = shares.compound();
        boolean met = all.met(shares.threshold());
        var area = new Span(AssemblyTexts.area(this, all.votedArea(), all.totalArea()));
        area.addClassName("assembly-participation-figure");
        area.setTestId("assembly-participation-area");
        var heads = new Span(AssemblyTexts.heads(this, all.votedHeads(), all.totalHeads()));
        heads.addClassName("assembly-participation-figure");
        heads.setTestId("assembly-participation-heads");
        String reachedKey = closed ? (met ? "assembly.participation.metClosed" : "assembly.participation.notMetClosed")
                : met ? "assembly.participation.met" : "assembly.participation.notYet";
        var reached = new Badge(getTranslation(reachedKey),
                met ? Badge.Tone.SUCCESS : Badge.Tone.WARNING);
        reached.setTestId("assembly-participation-met");
        participation.add(new Div(head, reached), area, heads);
        for (Participation.BuildingShare building : shares.buildings()) {
            var line = new Div(new Span(building.buildingName()),
                    new Span(AssemblyTexts.area(this, building.share().votedArea(), building.share().totalArea())),
                    new Span(getTranslation(closed ? "assembly.participation.notVotedClosed"
                            : "assembly.participation.notVoted", building.unitsNotVoted())));
            line.addClassName("assembly-building-line");
            participation.add(line);
        }
    }

    /** By building, then floor: a button per door, the address on it; a tap records the paper at that door. */
    private void showToVisit(AssemblyEntry assembly, List<UnitToVisit> units) {
        toVisit.removeAll();
        if (units.isEmpty()) {
            var none = new Paragraph(getTranslation("assembly.toVisit.none"));
            none.addClassName("review-empty");
            toVisit.add(none);
            return;
        }
        Map<String, List<UnitToVisit>> byFloor = new LinkedHashMap<>();
        for (UnitToVisit unit : units) {
            String floor = unit.floor().isEmpty() ? getTranslation("assembly.toVisit.building", unit.buildingName())
                    : getTranslation("assembly.toVisit.floor", unit.buildingName(), unit.floor());
            byFloor.computeIfAbsent(floor, key -> new java.util.ArrayList<>()).add(unit);
        }
        byFloor.forEach((floor, doors) -> {
            var label = new Span(floor);
            label.addClassName("assembly-floor-label");
            var buttons = new Div();
            buttons.addClassName("assembly-doors");
            for (UnitToVisit unit : doors) {
                var door = new Button(doorLabel(unit),
                        e -> new WrittenBallotDialog(ballots, assembly, unit, this::refresh).open());
                door.setEnabled(staff);
                door.setTestId("assembly-door-" + unit.unitId());
                buttons.add(door);
            }
            var group = new Div(label, buttons);
            group.addClassName("assembly-floor");
            toVisit.add(group);
        });
    }

    /**
     * The door as the floor's heading does not already say it: "2单元 201" (two entrances of a building have the
     * same room numbers), the room alone where the address names no entrance.
     */
    static String doorLabel(UnitToVisit unit) {
        String address = unit.address();
        int building = address.indexOf(unit.buildingName() + " ");
        return building < 0 ? address.substring(address.lastIndexOf(' ') + 1)
                : address.substring(building + unit.buildingName().length() + 1);
    }

    // ---- preparing, opening, closing ----------------------------------------------------------------

    /** 添加事项: the matter first (it fixes the majorities), then the title and text; candidates for an election. */
    private void itemDialog() {
        AssemblyEntry assembly = Objects.requireNonNull(shown);
        var matter = new Select<Matter>();
        matter.setLabel(getTranslation("assembly.item.matter"));
        matter.setItems(Matter.values());
        matter.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.translationKey()));
        matter.setTestId("assembly-item-matter");
        var title = new TextField(getTranslation("assembly.item.title"));
        title.setMaxLength(ItemDraft.TITLE_MAX);
        title.setTestId("assembly-item-title");
        var text = new TextArea(getTranslation("assembly.item.text"));
        text.setMaxLength(ItemDraft.TEXT_MAX);
        // A residents' proposal of this compound (or of none), still open or adopted with its plan and budget.
        var proposal = new ComboBox<ProposalEntry>(getTranslation("assembly.item.proposal"));
        proposal.setItems(proposals.board(assembly.communityId(), ProposalFilter.all()).stream()
                .filter(p -> (p.status().isOpen() || p.status() == org.cocreate.proposal.ProposalStatus.ADOPTED)
                        && (p.compoundId() == null || p.compoundId() == assembly.compoundId()))
                .toList());
        proposal.setItemLabelGenerator(ProposalEntry::title);
        proposal.setClearButtonVisible(true);
        proposal.setTestId("assembly-item-proposal");
        proposal.addValueChangeListener(e -> {
            ProposalEntry chosen = e.getValue();
            if (chosen != null && title.isEmpty()) {
                title.setValue(chosen.title());
            }
            if (chosen != null && text.isEmpty()) {
                text.setValue(chosen.body());
            }
        });
        var candidates = new TextArea(getTranslation("assembly.item.candidates"));
        candidates.setHelperText(getTranslation("assembly.item.candidatesHelp"));
        candidates.setTestId("assembly-item-candidates");
        var seats = new IntegerField(getTranslation("assembly.item.seats"));
        seats.setMin(1);
        seats.setStepButtonsVisible(true);
        candidates.setVisible(false);
        seats.setVisible(false);
        matter.addValueChangeListener(e -> {
            candidates.setVisible(e.getValue() == Matter.COMMITTEE);
            seats.setVisible(e.getValue() == Matter.COMMITTEE);
        });
        var form = new FormLayout(matter, proposal, title, text, candidates, seats);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var dialog = new FormDialog(getTranslation("assembly.addItem"), form).width(FormDialog.Width.WIDE)
                .refusalsAt(Map.of("matter", matter, "title", title, "text", text, "candidates", candidates,
                        "seats", seats, "proposalId", proposal));
        dialog.primary(getTranslation("common.save"), () -> {
            List<String> names = matter.getValue() == Matter.COMMITTEE ? Arrays.stream(candidates.getValue()
                    .split("\\R")).map(String::strip).filter(name -> !name.isEmpty()).toList() : List.of();
            ProposalEntry from = proposal.getValue();
            show(assemblies.addItem(assembly.id(), new ItemDraft(matter.getValue(), title.getValue(), text.getValue(),
                    from == null ? null : from.id(), names, seats.getValue())));
            return true;
        }).setTestId("assembly-item-save");
        dialog.open(title);
    }

    /** 开始表决: the electorate is fixed now, so the worker confirms it first. */
    private void openDialog() {
        AssemblyEntry assembly = Objects.requireNonNull(shown);
        var confirm = Localized.confirmDialog(getTranslation("assembly.open.title"),
                getTranslation("assembly.open.text"), getTranslation("assembly.open"));
        confirm.addConfirmListener(e -> {
            try {
                AssemblyEntry opened = assemblies.open(assembly.id());
                Notifications.success("assembly.opened", opened.units());
                show(opened);
            } catch (RefusedException refused) {
                Notifications.refused(refused);
            }
        });
        confirm.getElement().setAttribute("data-testid", "assembly-open-confirm");
        confirm.open();
    }

    /** 结束表决: the decision's wording (the official answer of a proposal put to the owners), then the count. */
    private void closeDialog() {
        AssemblyEntry assembly = Objects.requireNonNull(shown);
        var note = new TextArea(getTranslation("assembly.close.note"));
        note.setHelperText(getTranslation("assembly.close.noteHelp"));
        note.setMaxLength(ItemDraft.TEXT_MAX);
        note.setWidthFull();
        note.setTestId("assembly-close-note");
        var dialog = new FormDialog(getTranslation("assembly.close"), new Paragraph(getTranslation("assembly.close.text")),
                note).refusalsAt(Map.of("note", note));
        dialog.primary(getTranslation("assembly.close"), () -> {
            assemblies.close(assembly.id(), note.getValue());
            Notifications.success("assembly.closed.done", assembly.title());
            refresh();
            return true;
        }).setTestId("assembly-close-save");
        dialog.open(note);
    }

    /** A search box that opens a ballot dialog for what the worker picks, and is empty again for the next. */
    private <T> void picker(ComboBox<T> box, String labelKey, com.vaadin.flow.component.ItemLabelGenerator<T> label,
            String testId, java.util.function.BiConsumer<AssemblyEntry, T> chosen) {
        box.setLabel(getTranslation(labelKey));
        box.setItemLabelGenerator(label);
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setTestId(testId);
        box.addValueChangeListener(e -> {
            AssemblyEntry current = shown;
            if (e.isFromClient() && e.getValue() != null && current != null) {
                chosen.accept(current, e.getValue());
                box.clear();
            }
        });
    }

    /** The owner's names; the developer's unsold units, or a unit whose owner is not registered, by its address. */
    private String ownerName(OwnerUnits owner) {
        if (owner.developer()) {
            return getTranslation("assembly.owner.developer");
        }
        return owner.names().isEmpty() ? owner.units().getFirst().address()
                : String.join(getTranslation("common.listSeparator"), owner.names());
    }

    /** 张三 · 2 户 · 180.00 ㎡ · 已投票 */
    private String ownerLabel(OwnerUnits owner) {
        return getTranslation(owner.unitsVoted() > 0 ? "assembly.meeting.ownerVoted" : "assembly.meeting.owner",
                ownerName(owner), owner.units().size(), AssemblyTexts.squareMetres(owner.area()),
                owner.units().getFirst().address());
    }

    @Override
    public String getPageTitle() {
        AssemblyEntry assembly = shown;
        return assembly == null ? getTranslation("nav.assemblies") : assembly.title();
    }
}
