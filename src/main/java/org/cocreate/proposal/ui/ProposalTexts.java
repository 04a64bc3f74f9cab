package org.cocreate.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;
import org.cocreate.base.ui.Badge;
import org.cocreate.proposal.ProposalCategory;
import org.cocreate.proposal.ProposalChannel;
import org.cocreate.proposal.ProposalEntry;
import org.cocreate.proposal.ProposalPicture;
import org.cocreate.proposal.ProposalStatus;

/** The proposals' words and badges, the same on every screen. */
final class ProposalTexts {

    private ProposalTexts() {
    }

    /**
     * A photo of a proposal, fetched by the service only when the browser shows it, so that the service checks
     * who may see it then (staff of the community, or anybody for a public progress photo).
     */
    static Image photo(Component owner, long photoId, String title, LongFunction<ProposalPicture> fetch) {
        var image = new Image(DownloadHandler.fromInputStream(event -> {
            ProposalPicture picture = fetch.apply(photoId);
            return new DownloadResponse(new ByteArrayInputStream(picture.content()), "proposal-" + photoId,
                    picture.contentType(), picture.content().length);
        }).inline(), owner.getTranslation("proposal.photo.alt", title));
        image.addClassName("proposal-photo");
        return image;
    }

    static String status(Component owner, ProposalStatus status) {
        return owner.getTranslation("proposal.status." + status.name());
    }

    static String category(Component owner, ProposalCategory category) {
        return owner.getTranslation("proposal.category." + category.name());
    }

    static String channel(Component owner, ProposalChannel channel) {
        return owner.getTranslation("proposal.channel." + channel.name());
    }

    static Badge badge(Component owner, ProposalStatus status) {
        var badge = new Badge(status(owner, status), tone(status));
        badge.addClassName("proposal-status");
        return badge;
    }

    /** Work still to do draws the eye; a result is good; what was dropped is muted. */
    static Badge.Tone tone(ProposalStatus status) {
        return switch (status) {
            case SUBMITTED, UNDER_DISCUSSION -> Badge.Tone.INFO;
            case ADOPTED, IN_PROGRESS -> Badge.Tone.WARNING;
            case DONE, EVALUATED -> Badge.Tone.SUCCESS;
            case REJECTED, WITHDRAWN, MERGED -> Badge.Tone.MUTED;
        };
    }

    /** Where and what: 塔湾小区 · 照明 (or 全社区 for the whole community). */
    static String place(Component owner, ProposalEntry proposal) {
        String where = proposal.compoundName() == null ? owner.getTranslation("proposals.wholeCommunity")
                : proposal.compoundName();
        return where + " · " + category(owner, proposal.category());
    }

    static String proposer(Component owner, ProposalEntry proposal) {
        return proposal.proposerName() == null ? owner.getTranslation("proposals.anonymous") : proposal.proposerName();
    }
}
