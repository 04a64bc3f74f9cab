package org.cocreate.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocreate.base.LiveEvents;
import org.cocreate.base.NotFoundException;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Formats;
import org.cocreate.base.ui.LiveScreen;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.base.Money;
import org.cocreate.community.OrganisationService;
import org.cocreate.proposal.EvaluationTally;
import org.cocreate.proposal.Execution;
import org.cocreate.proposal.Funding;
import org.cocreate.proposal.HistoryLine;
import org.cocreate.proposal.ProgressUpdate;
import org.cocreate.proposal.ProposalExecutionService;
import org.cocreate.proposal.ProposalChanged;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalFilter;
import org.cocreate.proposal.ProposalLimits;
import org.cocreate.points.ui.GrantOffers;
import org.cocreate.proposal.GrantOffer;
import org.cocreate.proposal.ProposalService;
import org.cocreate.proposal.ProposalStatus;
import org.cocreate.proposal.Supporter;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.UserService;
import org.cocreate.security.ui.StaffNames;
import org.jspecify.annotations.Nullable;

/**
 * A proposal's page: what it asks and where, who raised and supports it, its official answer (and whether
 * it is public), its photos and its whole history. Staff move it on from here (each decision with its
 * answer), publish the answer, add supporters and merge it into another. Changes made elsewhere show at once.
 */
@Route("proposals/:proposalId")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class ProposalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "proposalId";

    final ViewToolbar toolbar = new ViewToolbar("");
    final Div summary = new Div();
    final Div answer = new Div();
    final Div actions = new Div();
    final Div execution = new Div();
    final Div supporters = new Div();
    final Div photos = new Div();
    final Div history = new Div();

    private final ProposalService proposals;
    private final ProposalExecutionService executions;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final UserService users;
    private final boolean staff;
    private @Nullable ProposalEntry proposal;

    @SuppressWarnings("java:S107")
    ProposalView(ProposalService proposals, ProposalExecutionService executions, OrganisationService organisations,
            ResidentService residents, UserService users, LiveEvents liveEvents, CurrentUser currentUser) {
        this.proposals = proposals;
        this.executions = executions;
        this.organisations = organisations;
        this.residents = residents;
        this.users = users;
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        addClassName("proposal-page");
        setPadding(false);
        summary.addClassName("proposal-summary");
        answer.addClassName("proposal-answer");
        answer.setTestId("proposal-answer");
        actions.addClassName("proposal-actions");
        execution.addClassName("proposal-execution");
        execution.setTestId("proposal-execution");
        supporters.addClassName("proposal-supporters");
        supporters.setTestId("proposal-supporters");
        photos.addClassName("proposal-photos");
        history.addClassName("proposal-history");
        history.setTestId("proposal-history");
        var content = new VerticalLayout(summary, actions, answer, execution, supporters, photos, history);
        content.addClassName("proposal-page-content");
        add(toolbar, content);
        // Another worker's move, merge or verdict on this proposal, on this node or another.
        LiveScreen.follow(this, liveEvents, ProposalChanged.class,
                () -> proposal == null ? null : proposal.communityId(), change -> {
                    ProposalEntry shown = proposal;
                    if (shown != null && change.proposalId() == shown.id()) {
                        refresh();
                    }
                });
    }

    static RouteParameters parameters(long proposalId) {
        return new RouteParameters(PARAMETER, String.valueOf(proposalId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElse(""));
            show(proposals.get(id));
        } catch (NumberFormatException | NotFoundException notHere) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(ProposalEntry shown) {
        this.proposal = shown;
        toolbar.setTitle(shown.title());
        showSummary(shown);
        showAnswer(shown);
        showActions(shown);
        showExecution(shown);
        showSupporters(shown);
        showPhotos(shown);
        showHistory(shown);
    }

    private void refresh() {
        ProposalEntry shown = proposal;
        if (shown != null) {
            show(proposals.get(shown.id()));
        }
    }

    private void showSummary(ProposalEntry shown) {
        summary.removeAll();
        var facts = new Div(ProposalTexts.badge(this, shown.status()), new Span(ProposalTexts.place(this, shown)),
                new Span(getTranslation("proposal.proposedBy", ProposalTexts.proposer(this, shown))),
                new Span(ProposalTexts.channel(this, shown.channel())),
                new Span(Formats.current().dateTime(shown.createdAt())));
        facts.addClassName("proposal-facts");
        var body = new Paragraph(shown.body());
        body.addClassName("proposal-body");
        summary.add(facts, body);
        if (shown.mergedIntoId() != null) {
            var into = new RouterLink(getTranslation("proposal.mergedInto.open"), ProposalView.class,
                    parameters(shown.mergedIntoId()));
            into.getElement().setAttribute("data-testid", "proposal-merged-into");
            var merged = new Div(new Span(getTranslation("proposal.mergedInto")), into);
            merged.addClassName("proposal-merged");
            summary.add(merged);
        }
    }

    private void showAnswer(ProposalEntry shown) {
        answer.removeAll();
        answer.setVisible(shown.answer() != null);
        if (shown.answer() == null) {
            return;
        }
        var heading = new H2(getTranslation("proposal.answer.heading"));
        var state = new Span(getTranslation(shown.answerPublished() ? "proposal.answer.isPublic"
                : "proposal.answer.notPublic"));
        state.addClassName(shown.answerPublished() ? "proposal-answer-public" : "proposal-answer-private");
        answer.add(new Div(heading, state), new Paragraph(shown.answer()));
        if (staff && !shown.answerPublished()) {
            var publish = new Button(getTranslation("proposal.answer.publish"), VaadinIcon.MEGAPHONE.create(), e -> {
                proposals.publishAnswer(shown.id());
                Notifications.success("proposal.answer.publishedNow");
                refresh();
            });
            publish.setTestId("proposal-publish");
            answer.add(publish);
        }
    }

    private void showActions(ProposalEntry shown) {
        actions.removeAll();
        actions.setVisible(staff);
        if (!staff) {
            return;
        }
        for (ProposalStatus next : shown.status().next()) {
            var move = new Button(getTranslation("proposal.move." + next.name()), e -> moveDialog(shown, next));
            move.setTestId("proposal-move-" + next.name());
            if (next == ProposalStatus.ADOPTED || next == ProposalStatus.IN_PROGRESS || next == ProposalStatus.DONE) {
                move.addThemeVariants(ButtonVariant.PRIMARY);
            }
            actions.add(move);
        }
        if (shown.status() == ProposalStatus.ADOPTED) {
            offerGrants(shown);
        }
        if (shown.status().isOpen()) {
            var support = new Button(getTranslation("proposal.supporter.add"), VaadinIcon.USER_CHECK.create(),
                    e -> supporterDialog(shown));
            support.setTestId("proposal-add-supporter");
            var merge = new Button(getTranslation("proposal.merge"), VaadinIcon.COMPRESS_SQUARE.create(),
                    e -> mergeDialog(shown));
            merge.setTestId("proposal-merge");
            actions.add(support, merge);
        }
    }

    /** A move with its answer (required for a decision) and whether to publish it at once. */
    void moveDialog(ProposalEntry shown, ProposalStatus next) {
        var text = new TextArea(getTranslation("proposal.move.answer"));
        text.setMaxLength(ProposalLimits.ANSWER_MAX);
        text.setRequiredIndicatorVisible(next.needsAnswer());
        text.setHelperText(getTranslation(next.needsAnswer() ? "proposal.move.answerNeeded"
                : "proposal.move.answerOptional"));
        text.setTestId("proposal-move-answer");
        var publish = new Checkbox(getTranslation("proposal.move.publish"));
        publish.setTestId("proposal-move-publish");
        var form = new FormLayout(text, publish);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var dialog = new FormDialog(getTranslation("proposal.move.title", getTranslation("proposal.move." + next.name()),
                shown.title()), form).refusalsAt(Map.of("answer", text, "status", text));
        dialog.primary(getTranslation("proposal.move." + next.name()), () -> {
            proposals.changeStatus(shown.id(), next, text.getValue(), publish.getValue());
            Notifications.success("proposal.moved", ProposalTexts.status(this, next));
            refresh();
            return true;
        }).setTestId("proposal-move-save");
        dialog.open(text);
    }

    /** A resident found as at the counter; picking one adds them at once. */
    void supporterDialog(ProposalEntry shown) {
        var holder = new ArrayList<FormDialog>(1);
        var picker = new ResidentPicker(residents, shown.communityId(), resident -> holder.getFirst().attempt(() -> {
            proposals.addSupporter(shown.id(), resident.id());
            Notifications.success("proposal.supporter.added", resident.name());
            refresh();
            return true;
        }));
        var dialog = new FormDialog(getTranslation("proposal.supporter.add"), picker)
                .refusalsAt(Map.of("supporter", picker.field()));
        holder.add(dialog);
        dialog.open(picker.field());
    }

    /** Into one of the proposals still alive: the likely duplicates first, then the others. */
    void mergeDialog(ProposalEntry shown) {
        Map<Long, ProposalEntry> candidates = new LinkedHashMap<>();
        proposals.likelyDuplicates(shown.communityId(), shown.compoundId(), shown.category(), shown.title(), shown.id())
                .forEach(p -> candidates.put(p.id(), p));
        proposals.board(shown.communityId(), new ProposalFilter(null, null, java.util.EnumSet.of(
                ProposalStatus.SUBMITTED, ProposalStatus.UNDER_DISCUSSION, ProposalStatus.ADOPTED,
                ProposalStatus.IN_PROGRESS), null)).stream().filter(p -> p.id() != shown.id())
                .forEach(p -> candidates.putIfAbsent(p.id(), p));
        var into = new ComboBox<ProposalEntry>(getTranslation("proposal.merge.into"));
        into.setItems(List.copyOf(candidates.values()));
        into.setItemLabelGenerator(p -> p.title() + " · " + ProposalTexts.place(this, p));
        into.setWidthFull();
        into.setTestId("proposal-merge-into");
        var hint = new Paragraph(getTranslation("proposal.merge.hint"));
        var dialog = new FormDialog(getTranslation("proposal.merge.title", shown.title()), hint, into)
                .width(FormDialog.Width.WIDE).refusalsAt(Map.of("into", into));
        dialog.primary(getTranslation("proposal.merge"), () -> {
            ProposalEntry target = into.getValue();
            if (target == null) {
                dialog.invalid(into, "proposal.merge.choose");
                return false;
            }
            ProposalEntry carried = proposals.merge(shown.id(), target.id());
            Notifications.success("proposal.merged", carried.title());
            getUI().ifPresent(ui -> ui.navigate(ProposalView.class, parameters(carried.id())));
            return true;
        }).setTestId("proposal-merge-save");
        dialog.open(into);
    }

    /** 办 and 评: who carries it out, the money and its sources, when it was done, the residents' verdicts. */
    private void showExecution(ProposalEntry shown) {
        execution.removeAll();
        boolean carriedOut = EnumSet.of(ProposalStatus.ADOPTED, ProposalStatus.IN_PROGRESS, ProposalStatus.DONE,
                ProposalStatus.EVALUATED).contains(shown.status());
        execution.setVisible(carriedOut);
        if (!carriedOut) {
            return;
        }
        Execution current = executions.execution(shown.id());
        execution.add(new H2(getTranslation("proposal.execution.heading")));
        var facts = new Div();
        facts.addClassName("proposal-execution-facts");
        facts.add(fact("proposal.execution.owner", current.ownerName() == null
                ? getTranslation("proposal.execution.noOwner") : current.ownerName()));
        facts.add(fact("proposal.execution.budget", current.budget() == null
                ? getTranslation("proposal.execution.noBudget") : yuan(current.budget())));
        for (Funding funding : current.fundings()) {
            String sourceName = getTranslation("proposal.fundingSource."
                    + java.util.Objects.requireNonNull(funding.source()).name());
            String source = funding.sponsor() == null ? sourceName
                    : getTranslation("proposal.execution.sponsorOf", sourceName, funding.sponsor());
            facts.add(fact(null, source + " " + yuan(java.util.Objects.requireNonNull(funding.amount()))));
        }
        if (current.completedOn() != null) {
            facts.add(fact("proposal.execution.completedOn", Formats.current().date(current.completedOn())));
        }
        if (shown.status() == ProposalStatus.DONE || shown.status() == ProposalStatus.EVALUATED) {
            EvaluationTally tally = current.tally();
            facts.add(fact("proposal.evaluation.tally", getTranslation("proposal.evaluation.counts",
                    tally.satisfied(), tally.partly(), tally.notSatisfied())));
        }
        execution.add(facts);
        showProgress(shown);
        if (!staff) {
            return;
        }
        var buttons = new Div();
        buttons.addClassName("proposal-actions");
        if (shown.status() == ProposalStatus.ADOPTED || shown.status() == ProposalStatus.IN_PROGRESS) {
            var set = new Button(getTranslation("proposal.execution.set"), VaadinIcon.MONEY.create(), e ->
                    new ExecutionDialog(shown.title(), organisations.list(shown.communityId()), current, executions,
                            shown.id(), () -> {
                                Notifications.success("proposal.execution.saved");
                                refresh();
                            }).open());
            set.setTestId("proposal-set-execution");
            buttons.add(set);
        }
        if (shown.status() == ProposalStatus.IN_PROGRESS) {
            var report = new Button(getTranslation("proposal.progress.report"), VaadinIcon.CAMERA.create(), e ->
                    new ProgressDialog(shown.title(), executions, shown.id(), this::refresh).open());
            report.setTestId("proposal-report-progress");
            buttons.add(report);
        }
        if (shown.status() == ProposalStatus.DONE) {
            var evaluate = new Button(getTranslation("proposal.evaluation.record"), VaadinIcon.THUMBS_UP.create(),
                    e -> new EvaluationDialog(shown.title(), residents, shown.communityId(), executions, shown.id(),
                            this::refresh).open());
            evaluate.setTestId("proposal-evaluate");
            var close = new Button(getTranslation("proposal.evaluation.close"), VaadinIcon.FLAG_CHECKERED.create(),
                    e -> {
                        try {
                            executions.closeEvaluation(shown.id());
                            Notifications.success("proposal.evaluation.closed");
                            refresh();
                        } catch (org.cocreate.base.RefusedException refusal) {
                            Notifications.refused(refusal);
                        }
                    });
            close.setTestId("proposal-close-evaluation");
            buttons.add(evaluate, close);
        }
        execution.add(buttons);
    }

    /** The progress reports, the latest first, each with its photos. */
    private void showProgress(ProposalEntry shown) {
        if (shown.status() == ProposalStatus.ADOPTED) {
            return;
        }
        var reports = new Div(new H2(getTranslation("proposal.progress.heading")));
        reports.addClassName("proposal-progress");
        reports.setTestId("proposal-progress");
        List<ProgressUpdate> updates = executions.progressOf(shown.id());
        if (updates.isEmpty()) {
            reports.add(new Paragraph(getTranslation("proposal.progress.none")));
        }
        for (ProgressUpdate update : updates) {
            var when = new Span(Formats.current().dateTime(update.at()));
            when.addClassName("proposal-history-when");
            var line = new Div(when, new Span(update.text()));
            line.addClassName("proposal-progress-line");
            update.photoIds().forEach(id -> line.add(photo(id, shown.title())));
            reports.add(line);
        }
        execution.add(reports);
    }

    private Div fact(@Nullable String labelKey, String value) {
        var line = new Div();
        line.addClassName("proposal-execution-fact");
        if (labelKey != null) {
            var label = new Span(getTranslation(labelKey));
            label.addClassName("proposal-label");
            line.add(label);
        }
        line.add(new Span(value));
        return line;
    }

    /** ¥50,000.00: yuan with the fen, grouped as the reader's language groups numbers. */
    private String yuan(Money money) {
        var format = java.text.NumberFormat.getNumberInstance(Formats.current().locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return getTranslation("proposal.yuan", format.format(money.yuan()));
    }

    private void showSupporters(ProposalEntry shown) {
        supporters.removeAll();
        List<Supporter> list = proposals.supportersOf(shown.id());
        supporters.add(new H2(getTranslation("proposal.supporters.heading", list.size())));
        if (list.isEmpty()) {
            supporters.add(new Paragraph(getTranslation("proposal.supporters.none")));
            return;
        }
        var names = new Paragraph(String.join(getTranslation("common.listSeparator"),
                list.stream().map(Supporter::name).toList()));
        names.addClassName("proposal-supporter-names");
        supporters.add(names);
    }

    private void showPhotos(ProposalEntry shown) {
        photos.removeAll();
        List<Long> ids = proposals.photoIds(shown.id());
        photos.setVisible(!ids.isEmpty());
        for (long photoId : ids) {
            photos.add(photo(photoId, shown.title()));
        }
    }

    /**
     * Adopting rewards the proposer, and the supporters if the standard has a rule for them: each button opens
     * the usual grant screen with the residents, the standard's rule and the note filled in, so that caps,
     * approval and the public notice apply as to any grant.
     */
    private void offerGrants(ProposalEntry shown) {
        GrantOffer offer = proposals.grantOffer(shown.id());
        String note = getTranslation("proposal.grant.note", shown.title());
        if (offer.offersProposer()) {
            long proposer = java.util.Objects.requireNonNull(offer.proposerId());
            var grant = new Button(offer.proposerRule() == null ? getTranslation("proposal.grant")
                    : getTranslation("proposal.grant.withRule", offer.proposerRule().content().name()),
                    VaadinIcon.GIFT.create(), e -> getUI().ifPresent(ui -> GrantOffers.open(ui, List.of(proposer),
                            offer.proposerRule() == null ? null : offer.proposerRule().id(), note)));
            grant.setTestId("proposal-grant");
            actions.add(grant);
        }
        if (offer.offersSupporters()) {
            var rule = java.util.Objects.requireNonNull(offer.supporterRule());
            var grant = new Button(getTranslation("proposal.grant.supporters", offer.supporterIds().size(),
                    rule.content().name()), VaadinIcon.GIFT.create(),
                    e -> getUI().ifPresent(ui -> GrantOffers.open(ui, offer.supporterIds(), rule.id(), note)));
            grant.setTestId("proposal-grant-supporters");
            actions.add(grant);
        }
    }

    /** A photo, fetched only when the browser shows it (and checked by the service then). */
    private Image photo(long photoId, String title) {
        return ProposalTexts.photo(this, photoId, title, proposals::photo);
    }

    private void showHistory(ProposalEntry shown) {
        history.removeAll();
        List<HistoryLine> lines = proposals.historyOf(shown.id());
        StaffNames names = StaffNames.of(users, lines.stream().map(HistoryLine::actor));
        history.add(new H2(getTranslation("proposal.history")));
        for (HistoryLine line : lines.reversed()) {
            var when = new Span(Formats.current().dateTime(line.at()));
            when.addClassName("proposal-history-when");
            var what = new Span(historyText(line));
            what.addClassName("proposal-history-what");
            var who = new Span(names.name(line.actor()));
            who.addClassName("proposal-history-who");
            var row = new Div(when, what, who);
            row.addClassName("proposal-history-line");
            history.add(row);
        }
    }

    private String historyText(HistoryLine line) {
        String kind = getTranslation("proposal.event." + line.kind().name());
        return switch (line.kind()) {
            case STATUS_CHANGED -> kind + getTranslation("proposal.history.colon")
                    + ProposalTexts.status(this, java.util.Objects.requireNonNull(line.from())) + " → "
                    + ProposalTexts.status(this, java.util.Objects.requireNonNull(line.to()))
                    + (line.detail() == null ? "" : getTranslation("proposal.history.answer", line.detail()));
            case MERGED_FROM -> kind + getTranslation("proposal.history.colon") + line.detail();
            default -> kind;
        };
    }

    @Override
    public String getPageTitle() {
        ProposalEntry shown = proposal;
        return shown == null ? getTranslation("nav.proposals") : shown.title();
    }
}
