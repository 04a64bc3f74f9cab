package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's section of a community's public page (the notice board residents open without signing in):
 * a Spring bean in the feature's {@code ui} package. The page knows no feature; it asks every contribution,
 * in {@link #order()}, for its section of the community shown. A section shows only what a resident could read
 * on the board in the community office: names masked, no phone numbers, nothing not yet published.
 */
public interface PublicPageContribution {

    /** Where the section goes among the others (the points' notices and leaderboard are 10 and 20). */
    int order();

    /** The section for a community, made afresh for each visit. */
    Component section(long communityId);
}
