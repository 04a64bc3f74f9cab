package org.cocreate.volunteer;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignUpRepository extends JpaRepository<SignUp, Long> {

    Optional<SignUp> findByShiftIdAndResidentId(long shiftId, long residentId);

    /** A shift's sign-ups, in the order they came (the waiting list's order). */
    List<SignUp> findByShiftIdOrderBySignedUpAtAscIdAsc(long shiftId);

    List<SignUp> findByShiftIdIn(Collection<Long> shiftIds);

    long countByShiftIdAndStatus(long shiftId, SignUpStatus status);

    void deleteByShiftIdIn(Collection<Long> shiftIds);

    List<SignUp> findByResidentId(long residentId);

    /** The resident's places not cancelled on shifts that share a moment with [from, to). */
    @Query("""
            select u from SignUp u, Shift s where u.shiftId = s.id and u.residentId = :resident
            and u.status <> org.cocreate.volunteer.SignUpStatus.CANCELLED and s.startsAt < :to and :from < s.endsAt""")
    List<SignUp> findOverlapping(@Param("resident") long residentId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);

    /** The resident's no-shows on shifts that started since {@code since}. */
    @Query("""
            select count(u) from SignUp u, Shift s where u.shiftId = s.id and u.residentId = :resident
            and u.noShow = true and s.startsAt >= :since""")
    long countNoShowsSince(@Param("resident") long residentId, @Param("since") LocalDateTime since);
}
