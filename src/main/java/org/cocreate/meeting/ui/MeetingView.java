package org.cocreate.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.base.ui.Localized;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.QrCodes;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.OrganisationEntry;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.meeting.AttendanceOffer;
import org.cocreate.meeting.ItemDraft;
import org.cocreate.meeting.ItemEntry;
import org.cocreate.meeting.ItemDecision;
import org.cocreate.meeting.ItemKind;
import org.cocreate.meeting.ItemStatus;
import org.cocreate.meeting.MeetingChanged;
import org.cocreate.meeting.MeetingEntry;
import org.cocreate.meeting.MeetingService;
import org.cocreate.meeting.MeetingStatus;
import org.cocreate.meeting.MemberEntry;
import org.cocreate.meeting.Quorum;
import org.cocreate.meeting.VoteChoice;
import org.cocreate.meeting.VoteWay;
import org.cocreate.meeting.VotingService;
import org.cocreate.points.ScoringStandardService;
import org.cocreate.points.StandardEntry;
import org.cocreate.points.StandardStatus;
import org.cocreate.points.ui.GrantOffers;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalFilter;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A meeting's page, the secretary's tablet during it: the quorum as it follows from check-ins, check-in by
 * the register's search or a card, the members with their check-in and personal ballot QR code, and the
 * agenda: each item opened for votes with the quorum, its votes counted live (from the members' phones or
 * recorded here), and closed with the decision, which moves the proposal or adopts the standard.
 */
@Route("meetings/:meetingId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "meetingId";

    final ViewToolbar toolbar;
    final Anchor screen = new Anchor();
    final Anchor minutesLink = new Anchor();
    final Div summary = new Div();
    final Div quorum = new Div();
    final Div actions = new Div();
    final ResidentPicker checkIn;
    final Div members = new Div();
    final Div agenda = new Div();

    private final MeetingService meetings;
    private final VotingService voting;
    private final ProposalService proposals;
    private final ScoringStandardService standards;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final boolean staff;
    private @Nullable MeetingEntry meeting;

    @SuppressWarnings("java:S107")
    MeetingView(MeetingService meetings, VotingService voting, ProposalService proposals,
            ScoringStandardService standards, OrganisationService organisations, ResidentService residents,
            LiveEvents liveEvents, CurrentUser currentUser, org.cocreate.security.WorkingCommunity community) {
        this.meetings = meetings;
        this.voting = voting;
        this.proposals = proposals;
        this.standards = standards;
        this.organisations = organisations;
        this.residents = residents;
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        addClassName("meeting-page");
        setPadding(false);

        var back = new RouterLink(getTranslation("meetings.back"), MeetingsView.class);
        back.addClassName("toolbar-link");
        // The projector view in a tab of its own, for the computer that drives the room's screen.
        screen.setText(getTranslation("meeting.screen.open"));
        screen.setTarget("_blank");
        screen.addClassName("toolbar-link");
        screen.setTestId("meeting-screen-link");
        minutesLink.setText(getTranslation("meeting.minutes"));
        minutesLink.addClassName("toolbar-link");
        minutesLink.setTestId("meeting-minutes-link");
        toolbar = new ViewToolbar("", minutesLink, screen, back);
        summary.addClassName("proposal-summary");
        quorum.addClassName("meeting-quorum");
        quorum.setTestId("meeting-quorum");
        actions.addClassName("proposal-actions");
        // By search or card: said in a notification, as the member's row may be further down the list.
        checkIn = new ResidentPicker(residents, community.id(), picked -> {
            if (checkIn(picked.id(), picked.name())) {
                Notifications.success("meeting.checkIn.done", picked.name());
            }
        });
        checkIn.addClassName("meeting-check-in");
        checkIn.field().setLabel(getTranslation("meeting.checkIn.search"));
        members.addClassName("meeting-members");
        members.setTestId("meeting-members");
        agenda.addClassName("meeting-agenda");
        agenda.setTestId("meeting-agenda");
        var content = new VerticalLayout(summary, quorum, actions, agenda, checkIn, members);
        content.addClassName("proposal-page-content");
        add(toolbar, content);
        // Check-ins, votes from the members' phones and the other tablets' taps, on this node or another.
        LiveScreen.follow(this, liveEvents, MeetingChanged.class, () -> meeting == null ? null : meeting.communityId(),
                change -> {
                    MeetingEntry shown = meeting;
                    if (shown != null && change.meetingId() == shown.id()) {
                        if (change.voterId() != null) {
                            // A vote changes only the agenda's tallies, not the list of members.
                            showAgenda(shown, meetings.items(shown.id()));
                        } else {
                            refresh();
                        }
                    }
                });
    }

    static RouteParameters parameters(long meetingId) {
        return new RouteParameters(PARAMETER, String.valueOf(meetingId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
        meeting = meetings.get(id);
        screen.setHref("meetings/" + id + "/screen");
        minutesLink.setHref("meetings/" + id + "/minutes");
        refresh();
    }

    void refresh() {
        MeetingEntry shown = meetings.get(java.util.Objects.requireNonNull(meeting).id());
        meeting = shown;
        toolbar.setTitle(shown.title());
        summary.removeAll();
        var facts = new Span(MeetingTexts.facts(this, shown));
        summary.add(MeetingTexts.status(this, shown.status()), facts);
        showQuorum(meetings.quorum(shown.id()));
        showActions(shown);
        boolean running = shown.status() != MeetingStatus.CLOSED;
        checkIn.setVisible(staff && running);
        showMembers(shown, meetings.members(shown.id()));
        showAgenda(shown, meetings.items(shown.id()));
    }

    private void showQuorum(Quorum counted) {
        quorum.removeAll();
        var line = new Span(MeetingTexts.quorum(this, counted));
        line.addClassName("meeting-quorum-line");
        quorum.add(new Badge(getTranslation(counted.reached() ? "meeting.quorum.reached" : "meeting.quorum.missing"),
                counted.reached() ? Badge.Tone.SUCCESS : Badge.Tone.WARNING).strong(), line);
    }

    private void showActions(MeetingEntry shown) {
        actions.removeAll();
        actions.setVisible(staff);
        if (!staff) {
            return;
        }
        if (shown.status() == MeetingStatus.PLANNED) {
            actions.add(action("meeting.open", VaadinIcon.PLAY, "meeting-open", true, () -> {
                meetings.open(shown.id());
                refresh();
            }));
        }
        if (shown.status() != MeetingStatus.CLOSED) {
            actions.add(action("meeting.invite", VaadinIcon.USERS, "meeting-invite", false, this::inviteDialog),
                    action("meeting.addItem", VaadinIcon.LIST_OL, "meeting-add-item", false, this::itemDialog));
        }
        if (shown.status() == MeetingStatus.OPEN) {
            actions.add(action("meeting.close", VaadinIcon.STOP, "meeting-close", false, () -> {
                meetings.close(shown.id());
                refresh();
            }));
        }
        if (shown.status() != MeetingStatus.PLANNED) {
            AttendanceOffer offer = voting.attendanceOffer(shown.id());
            if (offer.offered()) {
                var rule = java.util.Objects.requireNonNull(offer.rule());
                var grant = action("meeting.grantAttendance", VaadinIcon.GIFT, "meeting-grant", false,
                        () -> getUI().ifPresent(ui -> GrantOffers.open(ui, offer.residentIds(), rule.id(),
                                getTranslation("meeting.grantAttendance.note", shown.title()))));
                grant.setText(getTranslation("meeting.grantAttendance", offer.residentIds().size(),
                        rule.content().name()));
                actions.add(grant);
            }
        }
    }

    /** A button whose refusal (the service's words) shows as a notification: nothing to point at. */
    private Button action(String key, VaadinIcon icon, String testId, boolean primary, Runnable run) {
        var button = new Button(getTranslation(key), icon.create(), e -> attempt(run));
        button.setTestId(testId);
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    private void attempt(Runnable run) {
        try {
            run.run();
        } catch (RefusedException refused) {
            Notifications.error(refused.messageKey(), refused.arguments());
        }
    }

    // ---- check-in and members ----------------------------------------------------------------------------

    /**
     * Checks in whoever was found or tapped; someone not invited is offered to come in as a guest, without a
     * vote. Whether they are in now.
     */
    boolean checkIn(long residentId, String name) {
        MeetingEntry shown = java.util.Objects.requireNonNull(meeting);
        boolean in = false;
        try {
            meetings.checkIn(shown.id(), residentId);
            in = true;
        } catch (RefusedException refused) {
            if (!"meeting.member.notInvited".equals(refused.messageKey())) {
                Notifications.error(refused.messageKey(), refused.arguments());
                return false;
            }
            var offer = Localized.confirmDialog(getTranslation("meeting.guest.title"),
                    getTranslation("meeting.guest.text", name), getTranslation("meeting.guest.confirm"));
            offer.addConfirmListener(e -> {
                attempt(() -> meetings.checkInGuest(shown.id(), residentId));
                refresh();
            });
            offer.getElement().setAttribute("data-testid", "meeting-guest-offer");
            offer.open();
        }
        checkIn.clear();
        refresh();
        checkIn.focus();
        return in;
    }

    private void showMembers(MeetingEntry shown, List<MemberEntry> list) {
        members.removeAll();
        members.add(new H2(getTranslation("meeting.members", list.stream().filter(m -> !m.guest()).count())));
        if (list.isEmpty()) {
            var empty = new Paragraph(getTranslation("meeting.members.none"));
            empty.addClassName("review-empty");
            members.add(empty);
        }
        boolean running = shown.status() != MeetingStatus.CLOSED;
        for (MemberEntry member : list) {
            var name = new Span(member.name());
            name.addClassName("meeting-member-name");
            var where = new Span(member.address());
            where.addClassName("proposals-details");
            var who = new Div(name, where);
            who.addClassName("meeting-member-who");
            var state = member.present()
                    ? new Badge(getTranslation(member.guest() ? "meeting.member.guestIn" : "meeting.member.in",
                            Formats.current().time(member.checkedInAt().toLocalTime())), Badge.Tone.SUCCESS)
                    : new Badge(getTranslation("meeting.member.absent"), Badge.Tone.MUTED);
            var row = new Div(who, state);
            row.addClassName("meeting-member");
            row.setTestId("meeting-member-" + member.residentId());
            if (staff && running) {
                var buttons = new Div();
                buttons.addClassName("meeting-member-actions");
                if (!member.present()) {
                    var in = new Button(getTranslation("meeting.checkIn"), e -> checkIn(member.residentId(), member.name()));
                    in.addThemeVariants(ButtonVariant.PRIMARY);
                    in.setTestId("meeting-check-in-" + member.residentId());
                    buttons.add(in);
                } else {
                    if (!member.guest()) {
                        var ballot = new Button(getTranslation("meeting.ballot"), VaadinIcon.QRCODE.create(),
                                e -> ballotDialog(shown, member));
                        ballot.setTestId("meeting-ballot-" + member.residentId());
                        buttons.add(ballot);
                    }
                    var undo = new Button(getTranslation("meeting.checkIn.undo"), e -> attempt(() -> {
                        meetings.undoCheckIn(shown.id(), member.residentId());
                        refresh();
                    }));
                    undo.addThemeVariants(ButtonVariant.TERTIARY);
                    undo.setTestId("meeting-undo-" + member.residentId());
                    buttons.add(undo);
                }
                row.add(buttons);
            }
            members.add(row);
        }
    }

    /** The member's personal ballot link as a QR code to scan with their phone; a new one each time. */
    private void ballotDialog(MeetingEntry shown, MemberEntry member) {
        String token;
        try {
            token = meetings.issueBallot(shown.id(), member.residentId());
        } catch (RefusedException refused) {
            Notifications.error(refused.messageKey(), refused.arguments());
            return;
        }
        String link = ballotLink(token);
        var qr = new Image(QrCodes.pngDataUrl(link, 320), getTranslation("meeting.ballot.qrAlt", member.name()));
        qr.addClassName("meeting-ballot-qr");
        var hint = new Paragraph(getTranslation("meeting.ballot.hint", member.name()));
        var anchor = new Anchor(link, getTranslation("meeting.ballot.open"));
        anchor.setTarget("_blank");
        anchor.addClassName("meeting-ballot-open");
        anchor.setTestId("meeting-ballot-link");
        var dialog = new FormDialog(getTranslation("meeting.ballot.title", member.name()), hint, qr, anchor)
                .showOnly();
        var revoke = new Button(getTranslation("meeting.ballot.revoke"), e -> {
            attempt(() -> meetings.revokeBallot(shown.id(), member.residentId()));
            Notifications.success("meeting.ballot.revoked", member.name());
        });
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        revoke.setTestId("meeting-ballot-revoke");
        dialog.footerStart(revoke);
        dialog.open();
    }

    /** The link on this server as the tablet reached it (the phones are in the same room, on its Wi-Fi). */
    private static String ballotLink(String token) {
        return org.cocreate.base.ui.PublicLinks.absolute("ballot/" + token);
    }

    private void inviteDialog() {
        MeetingEntry shown = java.util.Objects.requireNonNull(meeting);
        var organisation = new Select<OrganisationEntry>();
        organisation.setLabel(getTranslation("meeting.invite.organisation"));
        organisation.setItems(organisations.list(shown.communityId()));
        organisation.setItemLabelGenerator(OrganisationEntry::name);
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption(getTranslation("meeting.invite.noOrganisation"));
        organisation.setTestId("meeting-invite-organisation");
        var chosen = new java.util.LinkedHashMap<Long, String>();
        var list = new Span(getTranslation("meeting.invite.nobody"));
        list.setTestId("meeting-invite-list");
        var picker = new ResidentPicker(residents, shown.communityId(), picked -> {
            chosen.put(picked.id(), picked.name());
            list.setText(String.join("、", chosen.values()));
        });
        picker.field().setLabel(getTranslation("meeting.invite.one"));
        var dialog = new FormDialog(getTranslation("meeting.invite"), organisation, picker, list)
                .refusalsAt(Map.of("residentIds", picker.field()));
        dialog.primary(getTranslation("meeting.invite.save"), () -> {
            var ids = new java.util.LinkedHashSet<>(chosen.keySet());
            if (organisation.getValue() != null) {
                organisations.members(organisation.getValue().id()).forEach(m -> ids.add(m.residentId()));
            }
            if (ids.isEmpty()) {
                dialog.invalid(picker.field(), "meeting.invite.nobody");
                return false;
            }
            meetings.invite(shown.id(), ids);
            refresh();
            return true;
        }).setTestId("meeting-invite-save");
        dialog.open(organisation);
    }

    // ---- the agenda --------------------------------------------------------------------------------------

    private void showAgenda(MeetingEntry shown, List<ItemEntry> items) {
        agenda.removeAll();
        agenda.add(new H2(getTranslation("meeting.agenda")));
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("meeting.agenda.none"));
            empty.addClassName("review-empty");
            agenda.add(empty);
        }
        boolean aVoteIsOpen = items.stream().anyMatch(i -> i.status() == ItemStatus.VOTING);
        for (ItemEntry item : items) {
            var title = new Span(item.position() + ". " + item.title());
            title.addClassName("meeting-item-title");
            var head = new Div(title, MeetingTexts.itemStatus(this, item.status()));
            head.addClassName("public-proposal-head");
            var kind = new Span(getTranslation("meeting.item.kind." + item.kind().name()));
            kind.addClassName("proposals-details");
            var tally = new Span(MeetingTexts.tally(this, item.tally()));
            tally.addClassName("meeting-item-tally");
            tally.setTestId("meeting-tally-" + item.id());
            var card = new Div(head, kind);
            card.addClassName("meeting-item");
            card.setTestId("meeting-item-" + item.id());
            if (item.status() != ItemStatus.PENDING) {
                card.add(tally);
            }
            if (item.result() != null) {
                var result = new Paragraph(getTranslation("meeting.item.result." + item.result().name())
                        + (item.decision() == null ? "" : "：" + item.decision()));
                result.addClassName("meeting-item-result");
                card.add(result);
            }
            if (staff && shown.status() == MeetingStatus.OPEN) {
                var buttons = new Div();
                buttons.addClassName("proposal-actions");
                if (item.status() == ItemStatus.PENDING && !aVoteIsOpen) {
                    var open = new Button(getTranslation("meeting.vote.open"), VaadinIcon.PLAY.create(),
                            e -> attempt(() -> {
                                voting.openVote(item.id());
                                refresh();
                            }));
                    open.addThemeVariants(ButtonVariant.PRIMARY);
                    open.setTestId("meeting-vote-open-" + item.id());
                    buttons.add(open);
                } else if (item.status() == ItemStatus.VOTING) {
                    var record = new Button(getTranslation("meeting.vote.record"), VaadinIcon.EDIT.create(),
                            e -> voteDialog(shown, item));
                    record.setTestId("meeting-vote-record-" + item.id());
                    var close = new Button(getTranslation("meeting.vote.close"), VaadinIcon.GAVEL.create(),
                            e -> closeDialog(shown, item));
                    close.addThemeVariants(ButtonVariant.PRIMARY);
                    close.setTestId("meeting-vote-close-" + item.id());
                    buttons.add(record, close);
                }
                card.add(buttons);
            }
            agenda.add(card);
        }
    }

    /** 代为投票: a member present, their choice, and how it came (a raised hand, a paper, a call). */
    private void voteDialog(MeetingEntry shown, ItemEntry item) {
        var member = new ComboBox<MemberEntry>(getTranslation("meeting.vote.member"));
        member.setItems(meetings.members(shown.id()).stream().filter(m -> m.present() && !m.guest()).toList());
        member.setItemLabelGenerator(MemberEntry::name);
        member.setRequiredIndicatorVisible(true);
        member.setTestId("meeting-vote-member");
        var choice = new RadioButtonGroup<VoteChoice>(getTranslation("meeting.vote.choice"));
        choice.setItems(VoteChoice.values());
        choice.setItemLabelGenerator(c -> MeetingTexts.choice(this, c));
        choice.setRequiredIndicatorVisible(true);
        choice.setTestId("meeting-vote-choice");
        var way = new Select<VoteWay>();
        way.setLabel(getTranslation("meeting.vote.way"));
        way.setItems(EnumSet.complementOf(EnumSet.of(VoteWay.BALLOT)));
        way.setItemLabelGenerator(w -> getTranslation("meeting.way." + w.name()));
        way.setValue(VoteWay.HAND);
        way.setTestId("meeting-vote-way");
        var dialog = new FormDialog(getTranslation("meeting.vote.recordTitle", item.title()), member, choice, way)
                .refusalsAt(Map.of("residentId", member, "choice", choice, "way", way));
        dialog.primary(getTranslation("meeting.vote.save"), () -> {
            if (member.getValue() == null) {
                dialog.invalid(member, "meeting.vote.member.required");
                return false;
            }
            voting.vote(item.id(), member.getValue().residentId(), choice.getValue(), way.getValue());
            refresh();
            return true;
        }).setTestId("meeting-vote-save");
        dialog.open(member);
    }

    /**
     * 结束表决: the decision in words (the proposal's answer, the standard's note), written out for the counts,
     * and who carries it out by when, for the minutes and the public page.
     */
    private void closeDialog(MeetingEntry shown, ItemEntry item) {
        var decision = new TextArea(getTranslation("meeting.vote.decision"));
        decision.setWidthFull();
        decision.setMinHeight("6rem");
        decision.setRequiredIndicatorVisible(item.kind() != ItemKind.TOPIC);
        decision.setValue(getTranslation("meeting.vote.decisionDraft", shown.title(), item.tally().votesFor(),
                item.tally().against(), item.tally().abstain()));
        decision.setTestId("meeting-vote-decision");
        var owner = new TextField(getTranslation("meeting.vote.owner"));
        owner.setPlaceholder(getTranslation("meeting.vote.ownerPlaceholder"));
        owner.setMaxLength(ItemDecision.OWNER_MAX);
        owner.setWidthFull();
        owner.setTestId("meeting-vote-owner");
        var deadline = Localized.datePicker(getTranslation("meeting.vote.deadline"));
        deadline.setMin(shown.startsAt().toLocalDate());
        deadline.setTestId("meeting-vote-deadline");
        var explain = new Paragraph(getTranslation("meeting.vote.closeExplain." + item.kind().name()));
        var dialog = new FormDialog(getTranslation("meeting.vote.closeTitle", item.title()), explain, decision, owner,
                deadline).refusalsAt(Map.of("text", decision, "owner", owner, "deadline", deadline));
        dialog.primary(getTranslation("meeting.vote.close"), () -> {
            ItemEntry closed = voting.closeItem(item.id(), new ItemDecision(decision.getValue(), owner.getValue(),
                    deadline.getValue()));
            Notifications.success("meeting.item.closed." + java.util.Objects.requireNonNull(closed.result()).name(),
                    closed.title());
            refresh();
            return true;
        }).setTestId("meeting-vote-close-save");
        dialog.open(decision);
    }

    /** 增加议题: a proposal still being discussed, a draft of the scoring standard, or a free topic. */
    private void itemDialog() {
        MeetingEntry shown = java.util.Objects.requireNonNull(meeting);
        var kind = new Select<ItemKind>();
        kind.setLabel(getTranslation("meeting.item.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("meeting.item.kind." + k.name()));
        kind.setValue(ItemKind.PROPOSAL);
        kind.setTestId("meeting-item-kind");
        var proposal = new ComboBox<ProposalEntry>(getTranslation("meeting.item.proposal"));
        proposal.setItems(proposals.board(shown.communityId(), new ProposalFilter(null, null,
                EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_DISCUSSION), null)));
        proposal.setItemLabelGenerator(ProposalEntry::title);
        proposal.setWidthFull();
        proposal.setTestId("meeting-item-proposal");
        var standard = new Select<StandardEntry>();
        standard.setLabel(getTranslation("meeting.item.standard"));
        standard.setItems(standards.standards(shown.communityId()).stream()
                .filter(s -> s.status() == StandardStatus.DRAFT).toList());
        standard.setItemLabelGenerator(StandardEntry::title);
        standard.setTestId("meeting-item-standard");
        var topic = new TextField(getTranslation("meeting.item.topic"));
        topic.setWidthFull();
        topic.setTestId("meeting-item-topic");
        Runnable shownByKind = () -> {
            proposal.setVisible(kind.getValue() == ItemKind.PROPOSAL);
            standard.setVisible(kind.getValue() == ItemKind.STANDARD);
            topic.setVisible(kind.getValue() == ItemKind.TOPIC);
        };
        kind.addValueChangeListener(e -> shownByKind.run());
        shownByKind.run();
        var dialog = new FormDialog(getTranslation("meeting.addItem"), kind, proposal, standard, topic)
                .refusalsAt(Map.of("kind", kind, "proposalId", proposal, "standardId", standard, "title", topic));
        dialog.primary(getTranslation("meeting.item.save"), () -> {
            ItemKind chosen = kind.getValue();
            meetings.addItem(shown.id(), new ItemDraft(chosen,
                    chosen == ItemKind.PROPOSAL && proposal.getValue() != null ? proposal.getValue().id() : null,
                    chosen == ItemKind.STANDARD && standard.getValue() != null ? standard.getValue().id() : null,
                    chosen == ItemKind.TOPIC ? topic.getValue() : null));
            refresh();
            return true;
        }).setTestId("meeting-item-save");
        dialog.open(kind);
    }

    @Override
    public String getPageTitle() {
        MeetingEntry shown = meeting;
        return shown == null ? getTranslation("nav.meetings") : shown.title();
    }
}
