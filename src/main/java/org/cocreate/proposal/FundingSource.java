package org.cocreate.proposal;

/** Where the money for carrying a proposal out comes from. */
public enum FundingSource {
    COMMUNITY, SUBDISTRICT, STATIONED_UNIT, RESIDENTS, OTHER
}
