package org.cocreate.volunteer.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocreate.base.ui.FormDialog;
import org.cocreate.base.ui.Notifications;
import org.cocreate.volunteer.TeamService;
import org.cocreate.volunteer.VolunteerSkill;

/** 技能: what a volunteer can do, ticked by a worker (doctor, nurse, electrician ...); none is allowed. */
final class SkillsDialog extends FormDialog {

    final CheckboxGroup<VolunteerSkill> skills = new CheckboxGroup<>();

    SkillsDialog(TeamService teams, long residentId, String name, Set<VolunteerSkill> current, Runnable afterwards) {
        super("");
        setHeaderTitle(getTranslation("volunteerSkills.title", name));
        skills.setLabel(getTranslation("volunteerSkills.label"));
        skills.setItems(EnumSet.allOf(VolunteerSkill.class));
        skills.setItemLabelGenerator(skill -> getTranslation(skill.translationKey()));
        skills.setValue(current);
        skills.addClassName("volunteer-skills");
        skills.setTestId("volunteer-skills");
        add(skills);
        refusalsAt(Map.of("skills", skills));
        primary(getTranslation("common.save"), () -> {
            teams.setSkills(residentId, skills.getValue());
            Notifications.success("volunteerSkills.saved", name);
            afterwards.run();
            return true;
        }).setTestId("volunteer-skills-save");
    }
}
