package org.cocreate.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingVoteRepository extends JpaRepository<MeetingVote, MeetingVote.Key> {

    @Query("select v from MeetingVote v where v.key.itemId = :itemId order by v.key.residentId")
    List<MeetingVote> findOf(@Param("itemId") long itemId);

    /** The votes of an item counted by choice, in the database. */
    interface ChoiceCount {
        VoteChoice getChoice();

        long getVotes();
    }

    @Query("select v.choice as choice, count(v) as votes from MeetingVote v where v.key.itemId = :itemId group by v.choice")
    List<ChoiceCount> countByChoice(@Param("itemId") long itemId);
}
