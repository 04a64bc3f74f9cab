package org.cocreate.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ScoringStandardRepository extends Repository<ScoringStandard, Long> {

    ScoringStandard save(ScoringStandard standard);

    Optional<ScoringStandard> findById(long id);

    List<ScoringStandard> findByCommunityIdOrderByVersionNumberDesc(long communityId);

    @Query("select coalesce(max(s.versionNumber), 0) from ScoringStandard s where s.communityId = :communityId")
    int maxVersionNumber(long communityId);

    /** Adopted versions that took effect on or before the date, latest first: the first is the one in effect. */
    @Query("""
            select s from ScoringStandard s
            where s.communityId = :communityId and s.status <> org.cocreate.points.StandardStatus.DRAFT
              and s.effectiveFrom <= :date
            order by s.effectiveFrom desc, s.versionNumber desc
            """)
    List<ScoringStandard> adoptedOnOrBefore(long communityId, LocalDate date, Pageable pageable);

    @Query("""
            select s from ScoringStandard s
            where s.communityId = :communityId and s.status = org.cocreate.points.StandardStatus.ADOPTED
            order by s.effectiveFrom desc, s.versionNumber desc
            """)
    List<ScoringStandard> adopted(long communityId);

    boolean existsByCommunityIdAndStatus(long communityId, StandardStatus status);

    long count();
}
