package org.cocreate.assembly;

/**
 * How a ballot was cast: on paper collected door to door (书面征求意见) and recorded by a worker with a photo of
 * the signed paper, by the owner's phone with the unit's own link, or at an assembly meeting.
 */
public enum BallotWay {
    WRITTEN, PHONE, MEETING;

    public String translationKey() {
        return "assembly.way." + name();
    }
}
