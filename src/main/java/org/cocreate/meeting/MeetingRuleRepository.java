package org.cocreate.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRuleRepository extends JpaRepository<MeetingRuleSetting, MeetingRuleSetting.Key> {
}
