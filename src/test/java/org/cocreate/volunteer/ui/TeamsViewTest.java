package org.cocreate.volunteer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.cocreate.DemoUsers;
import org.cocreate.ViewTest;
import org.cocreate.base.ui.EnterKeys;
import org.cocreate.community.CommunityTestData;
import org.cocreate.volunteer.VolunteerSkill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** 志愿服务队 and a volunteer's page, browserless: a new team, a member by card, the leader, skills, the search. */
@ViewTest
class TeamsViewTest extends SpringBrowserlessTest {

    @Autowired
    CommunityTestData communities;
    @Autowired
    JdbcClient jdbc;

    private Button button(String testId) {
        return $(Button.class).all().stream().filter(b -> testId.equals(b.getTestId())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + testId));
    }

    private TextField field(String testId) {
        return $(TextField.class).all().stream().filter(f -> testId.equals(f.getTestId()) && f.isVisible())
                .toList().getLast();
    }

    @Test
    @WithUserDetails(DemoUsers.DAIMO_WORKER)
    void aWorkerStartsATeamAddsAMemberByCardMakesThemLeaderAndTicksTheirSkills() {
        long daimoge = communities.community(CommunityTestData.DAIMOGE);
        long resident = jdbc.sql("select id from resident where community_id = ? order by id limit 1 offset 60")
                .param(daimoge).query(Long.class).single();
        String card = jdbc.sql("select card_code from resident where id = ?").param(resident).query(String.class)
                .single();
        String teamName = "百货小区电工志愿队 " + System.nanoTime() % 10_000;
        navigate(TeamsView.class);
        var view = $(TeamsView.class).single();

        long before = jdbc.sql("select count(*) from organisation").query(Long.class).single();
        test(view.create).click();
        var name = field("volunteer-team-name");
        test(button("volunteer-team-save")).click();
        assertThat(name.isInvalid()).as("no name: refused at the field").isTrue();
        assertThat(jdbc.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(before);
        test(name).setValue(teamName);
        test(button("volunteer-team-save")).click();
        long team = jdbc.sql("select id from organisation where name = ?").param(teamName).query(Long.class).single();
        assertThat(view.teamsList.getElement().getTextRecursively()).contains(teamName, "未设队长", "0 名队员");

        // The member by their card (the scanner types the code and Enter) in the team's own search.
        TextField teamSearch = field("volunteer-team-add-" + team);
        teamSearch.setValue(card);
        EnterKeys.press(teamSearch);
        assertThat(view.teamsList.getElement().getTextRecursively()).contains("1 名队员");

        test(button("volunteer-team-lead-" + team + "-" + resident)).click();
        assertThat(view.teamsList.getElement().getTextRecursively()).contains("队长：");

        test(button("volunteer-team-skills-" + resident)).click();
        @SuppressWarnings("unchecked")
        CheckboxGroup<VolunteerSkill> skills = $(CheckboxGroup.class).withTestId("volunteer-skills").single();
        skills.setValue(java.util.Set.of(VolunteerSkill.ELECTRICIAN));
        test(button("volunteer-skills-save")).click();
        assertThat(jdbc.sql("select skills from volunteer_profile where resident_id = ?").param(resident)
                .query(String.class).single()).isEqualTo("ELECTRICIAN");
        assertThat(view.teamsList.getElement().getTextRecursively()).contains("电工");

        test(view.skill).selectItem("电工");
        assertThat(view.withSkill.getElement().getTextRecursively()).contains("会“电工”的志愿者");

        // Their page: the team they lead, the skill, this year's figures, the way to the certificate.
        navigate(VolunteerView.class, Map.of(VolunteerView.PARAMETER, String.valueOf(resident)));
        var page = $(VolunteerView.class).single();
        assertThat(page.about.getElement().getTextRecursively()).contains(teamName + " 队长", "电工");
        assertThat(page.figures.getElement().getTextRecursively()).contains("今年服务小时", "今年缺席次数");
        assertThat(page.skills.isVisible()).isTrue();
        assertThat(page.certificate.getHref()).isEqualTo("volunteer/residents/" + resident);
    }

    @Test
    @WithUserDetails(DemoUsers.COMMITTEE)
    void aCommitteeMemberSeesTheTeamsButChangesNothing() {
        navigate(TeamsView.class);
        var view = $(TeamsView.class).single();
        assertThat(view.create.isVisible()).isFalse();
        assertThat($(Button.class).all()).noneMatch(b -> b.getTestId() != null
                && b.getTestId().startsWith("volunteer-team-lead-"));
        List<Long> anyone = jdbc.sql("select id from resident where community_id = ? order by id limit 1")
                .param(communities.community(CommunityTestData.DAIMOGE)).query(Long.class).list();
        navigate(VolunteerView.class, Map.of(VolunteerView.PARAMETER, String.valueOf(anyone.getFirst())));
        assertThat($(VolunteerView.class).single().skills.isVisible()).isFalse();
    }
}
