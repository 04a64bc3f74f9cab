package org.cocreate.points;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface PointsSettingsRepository extends Repository<PointsSettings, Long> {

    PointsSettings save(PointsSettings settings);

    Optional<PointsSettings> findById(long communityId);

    List<PointsSettings> findByExpiryMonthsNotNull();
}
