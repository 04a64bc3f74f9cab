package org.cocreate.volunteer;

import org.springframework.data.jpa.repository.JpaRepository;

interface VisitSettingRepository extends JpaRepository<VisitSetting, Long> {
}
