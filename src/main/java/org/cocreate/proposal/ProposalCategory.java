package org.cocreate.proposal;

/** What a proposal is about. */
public enum ProposalCategory {
    ROADS, PARKING, GREENING, LIGHTING, DRAINAGE, SAFETY, ELDERLY_CARE, CULTURE, OTHER
}
