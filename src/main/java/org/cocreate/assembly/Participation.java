package org.cocreate.assembly;

import java.util.List;
import org.cocreate.base.Area;

/**
 * Who has returned a ballot (on any item) toward the two thirds, by area and by heads, for the compound and
 * for each building: what the door-to-door round watches while the vote runs.
 */
public record Participation(Share compound, List<BuildingShare> buildings, Threshold threshold) {

    /** Returned against all: area and heads. */
    public record Share(Area votedArea, Area totalArea, long votedHeads, long totalHeads) {

        public boolean met(Threshold threshold) {
            return threshold.met(votedArea.squareMetres(), totalArea.squareMetres())
                    && threshold.met(votedHeads, totalHeads);
        }
    }

    public record BuildingShare(long buildingId, String buildingName, Share share, long unitsNotVoted) {
    }
}
