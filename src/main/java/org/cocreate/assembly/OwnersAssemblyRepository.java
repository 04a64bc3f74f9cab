package org.cocreate.assembly;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OwnersAssemblyRepository extends JpaRepository<OwnersAssembly, Long> {

    List<OwnersAssembly> findByCommunityIdOrderByOpensOnDescIdDesc(long communityId);

    List<OwnersAssembly> findByCommunityIdAndStatusOrderByClosedAtDesc(long communityId, AssemblyStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from OwnersAssembly a where a.id = :id")
    Optional<OwnersAssembly> findLocked(@Param("id") long id);

    /** Shared with other ballots, exclusive of the close (on H2, which has no shared lock, exclusive). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select a from OwnersAssembly a where a.id = :id")
    Optional<OwnersAssembly> findShared(@Param("id") long id);
}
