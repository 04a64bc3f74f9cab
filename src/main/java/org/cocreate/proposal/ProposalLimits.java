package org.cocreate.proposal;

/** The lengths of a proposal's texts, named once for the service, the form and the migration (V9). */
public final class ProposalLimits {

    public static final int TITLE_MAX = 100;
    public static final int BODY_MAX = 2000;
    public static final int ANSWER_MAX = 2000;
    /** Photos a proposal keeps: enough for a visit, a plan and its progress, not an album. */
    public static final int PHOTOS_MAX = 12;

    private ProposalLimits() {
    }
}
