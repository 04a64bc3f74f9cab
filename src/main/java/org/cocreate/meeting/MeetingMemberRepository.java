package org.cocreate.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingMemberRepository extends JpaRepository<MeetingMember, MeetingMember.Key> {

    @Query("select m from MeetingMember m where m.key.meetingId = :meetingId")
    List<MeetingMember> findOf(@Param("meetingId") long meetingId);

    @Query("select m from MeetingMember m where m.ballotHash = :hash")
    Optional<MeetingMember> findByBallot(@Param("hash") String hash);

    @Query("select count(m) from MeetingMember m where m.key.meetingId = :meetingId and m.guest = false")
    int countInvited(@Param("meetingId") long meetingId);

    @Query("""
            select count(m) from MeetingMember m
            where m.key.meetingId = :meetingId and m.guest = false and m.checkedInAt is not null""")
    int countPresent(@Param("meetingId") long meetingId);
}
