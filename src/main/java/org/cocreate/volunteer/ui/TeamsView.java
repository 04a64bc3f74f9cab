package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cocreate.base.RefusedException;
import org.cocreate.base.ui.Badge;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.base.ui.ViewToolbar;
import org.cocreate.community.OrganisationDraft;
import org.cocreate.community.OrganisationService;
import org.cocreate.community.OrganisationType;
import org.cocreate.community.ResidentService;
import org.cocreate.community.ui.ResidentPicker;
import org.cocreate.security.CurrentUser;
import org.cocreate.security.Role;
import org.cocreate.security.WorkingCommunity;
import org.cocreate.volunteer.TeamEntry;
import org.cocreate.volunteer.TeamMember;
import org.cocreate.volunteer.TeamService;
import org.cocreate.volunteer.VolunteerSkill;
import org.jspecify.annotations.Nullable;

/**
 * 志愿服务队: the working community's volunteer teams, each with its leader and members and what they can do.
 * Workers make a member the leader, tick a member's skills, add members found by the register's search (or
 * card) and start a new team; anyone may find the volunteers with a skill (the doctors for a health check).
 */
@Route("volunteer/teams")
@Menu(order = 73, icon = "vaadin:group", title = "nav.volunteerTeams")
@RolesAllowed({Role.ADMIN_NAME, Role.WORKER_NAME, Role.COMMITTEE_NAME, Role.SUPERVISOR_NAME})
class TeamsView extends VerticalLayout implements HasDynamicTitle {

    final Div teamsList = new Div();
    final Select<VolunteerSkill> skill = new Select<>();
    final Div withSkill = new Div();
    final Button create = new Button();

    private final TeamService teams;
    private final OrganisationService organisations;
    private final ResidentService residents;
    private final long communityId;
    private final boolean staff;

    TeamsView(TeamService teams, OrganisationService organisations, ResidentService residents,
            WorkingCommunity workingCommunity, CurrentUser currentUser) {
        this.teams = teams;
        this.organisations = organisations;
        this.residents = residents;
        this.communityId = workingCommunity.id();
        this.staff = currentUser.has(Role.ADMIN) || currentUser.has(Role.WORKER);
        setPadding(false);
        addClassName("volunteer-teams-page");
        create.setText(getTranslation("volunteerTeams.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setTestId("volunteer-team-create");
        create.addClickListener(e -> createDialog());
        create.setVisible(staff);
        skill.setLabel(getTranslation("volunteerTeams.findSkill"));
        skill.setItems(EnumSet.allOf(VolunteerSkill.class));
        skill.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.translationKey()));
        skill.setEmptySelectionAllowed(true);
        skill.setEmptySelectionCaption(getTranslation("volunteerTeams.anySkill"));
        skill.setPlaceholder(getTranslation("volunteerTeams.anySkill"));
        skill.setTestId("volunteer-team-skill");
        skill.addValueChangeListener(e -> showWithSkill());
        withSkill.addClassName("volunteer-team-found");
        withSkill.setTestId("volunteer-team-found");
        teamsList.addClassName("volunteer-teams");
        teamsList.setTestId("volunteer-teams");
        var content = new VerticalLayout(skill, withSkill, teamsList);
        content.addClassName("proposal-page-content");
        add(new ViewToolbar(getTranslation("nav.volunteerTeams"), create), content);
        refresh();
    }

    void refresh() {
        teamsList.removeAll();
        List<TeamEntry> all = teams.teams(communityId);
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("volunteerTeams.none"));
            none.addClassName("review-empty");
            teamsList.add(none);
        }
        all.forEach(team -> teamsList.add(card(team)));
        showWithSkill();
    }

    private Div card(TeamEntry team) {
        var title = new H2(team.name());
        title.addClassName("volunteer-team-name");
        var facts = new Paragraph((team.leaderName() == null ? getTranslation("volunteerTeams.noLeader")
                : getTranslation("volunteerTeams.leader", team.leaderName())) + " · "
                + getTranslation("volunteerTeams.members", team.members().size()));
        facts.addClassName("proposals-details");
        var card = new Div(title, facts);
        card.addClassName("volunteer-team");
        card.setTestId("volunteer-team-" + team.id());
        team.members().forEach(member -> card.add(memberRow(team, member)));
        if (staff) {
            var picker = new ResidentPicker(residents, communityId, picked -> {
                try {
                    organisations.addMember(team.id(), picked.id(), null);
                    Notifications.success("volunteerTeams.added", picked.name(), team.name());
                    refresh();
                } catch (RefusedException refused) {
                    Notifications.refused(refused);
                }
            });
            picker.field().setLabel(getTranslation("volunteerTeams.add"));
            picker.field().setTestId("volunteer-team-add-" + team.id());
            picker.addClassName("volunteer-team-add");
            card.add(picker);
        }
        return card;
    }

    private Div memberRow(TeamEntry team, TeamMember member) {
        var name = new RouterLink(member.name(), VolunteerView.class, VolunteerView.parameters(member.residentId()));
        name.addClassName("meeting-member-name");
        var who = new Div(name);
        who.addClassName("meeting-member-who");
        var skills = new Div();
        skills.addClassName("volunteer-skill-badges");
        if (member.leader()) {
            skills.add(new Badge(getTranslation("volunteerTeams.leaderBadge"), Badge.Tone.SUCCESS).strong());
        }
        member.skills().forEach(s -> skills.add(new Badge(getTranslation(s.translationKey()), Badge.Tone.MUTED)));
        who.add(skills);
        var row = new Div(who);
        row.addClassName("roster-line");
        row.setTestId("volunteer-team-member-" + team.id() + "-" + member.residentId());
        if (staff) {
            var buttons = new Div();
            buttons.addClassName("meeting-member-actions");
            var editSkills = new Button(getTranslation("volunteerTeams.skills"), VaadinIcon.TOOLS.create(),
                    e -> new SkillsDialog(teams, member.residentId(), member.name(), member.skills(), this::refresh)
                            .open());
            editSkills.addThemeVariants(ButtonVariant.TERTIARY);
            editSkills.setTestId("volunteer-team-skills-" + member.residentId());
            buttons.add(editSkills);
            if (!member.leader()) {
                var lead = new Button(getTranslation("volunteerTeams.makeLeader"), e -> {
                    teams.setLeader(team.id(), member.residentId());
                    Notifications.success("volunteerTeams.leaderSet", member.name(), team.name());
                    refresh();
                });
                lead.addThemeVariants(ButtonVariant.TERTIARY);
                lead.setTestId("volunteer-team-lead-" + team.id() + "-" + member.residentId());
                buttons.add(lead);
            }
            row.add(buttons);
        }
        return row;
    }

    /** The volunteers of all teams with the chosen skill, each once. */
    private void showWithSkill() {
        withSkill.removeAll();
        @Nullable VolunteerSkill chosen = skill.getValue();
        withSkill.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        List<TeamMember> found = teams.withSkill(communityId, chosen);
        if (found.isEmpty()) {
            withSkill.add(new Paragraph(getTranslation("volunteerTeams.noneWithSkill",
                    getTranslation(chosen.translationKey()))));
            return;
        }
        withSkill.add(new Paragraph(getTranslation("volunteerTeams.withSkill", getTranslation(chosen.translationKey()),
                found.size())));
        found.forEach(member -> {
            var link = new RouterLink(member.name(), VolunteerView.class,
                    VolunteerView.parameters(member.residentId()));
            link.addClassName("meeting-member-name");
            withSkill.add(link);
        });
    }

    /** 新建服务队: a volunteer team is an organisation of the register; its name is refused at its field. */
    private void createDialog() {
        var name = new TextField(getTranslation("volunteerTeams.name"));
        name.setMaxLength(OrganisationDraft.NAME_MAX);
        name.setWidthFull();
        name.setTestId("volunteer-team-name");
        var dialog = new FormDialog(getTranslation("volunteerTeams.create"), name).refusalsAt(Map.of("name", name));
        dialog.primary(getTranslation("common.save"), () -> {
            organisations.create(communityId, new OrganisationDraft(OrganisationType.VOLUNTEER_TEAM, name.getValue(),
                    null));
            Notifications.success("volunteerTeams.created", name.getValue().strip());
            refresh();
            return true;
        }).setTestId("volunteer-team-save");
        dialog.open(name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.volunteerTeams");
    }
}
