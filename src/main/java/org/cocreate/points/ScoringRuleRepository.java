package org.cocreate.points;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ScoringRuleRepository extends Repository<ScoringRule, Long> {

    ScoringRule save(ScoringRule rule);

    Optional<ScoringRule> findById(long id);

    List<ScoringRule> findByStandardIdOrderByCategoryAscIdAsc(long standardId);

    List<ScoringRule> findByIdIn(Collection<Long> ids);
}
