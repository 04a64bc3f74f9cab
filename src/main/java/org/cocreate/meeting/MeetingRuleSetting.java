package org.cocreate.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A community's rules for one type of meeting; without a row the type follows {@link MeetingRule#DEFAULT}. */
@Entity
@Table(name = "meeting_rule")
class MeetingRuleSetting {

    @Embeddable
    record Key(@Column(name = "community_id") long communityId,
            @Enumerated(EnumType.STRING) @Column(name = "type") MeetingType type) {
    }

    @EmbeddedId
    private Key key;
    private int quorumPercent;
    private int majorityPercent;

    protected MeetingRuleSetting() {
        this.key = new Key(0, MeetingType.CONSULTATION);
    }

    MeetingRuleSetting(long communityId, MeetingType type, MeetingRule rule) {
        this.key = new Key(communityId, type);
        set(rule);
    }

    void set(MeetingRule rule) {
        this.quorumPercent = rule.quorumPercent();
        this.majorityPercent = rule.majorityPercent();
    }

    MeetingRule rule() {
        return new MeetingRule(quorumPercent, majorityPercent);
    }
}
