package org.cocreate.community.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.cocreate.base.ui.Badge;
import org.cocreate.community.ResidentListEntry;
import org.cocreate.community.ResidentTag;

/** A resident's tags as badges, in the residents' list and among a household's members. */
final class TagBadges {

    private TagBadges() {
    }

    static Div of(Component owner, ResidentListEntry resident) {
        var badges = new Div();
        badges.addClassName("tag-badges");
        for (ResidentTag tag : ResidentTag.values()) {
            if (resident.tags().contains(tag)) {
                badges.add(new Badge(owner.getTranslation(tag.translationKey()), tone(tag)));
            }
        }
        return badges;
    }

    /** Who holds an office stands out; who may need care is marked so. */
    private static Badge.Tone tone(ResidentTag tag) {
        return switch (tag) {
            case PARTY_MEMBER, COMMITTEE_MEMBER -> Badge.Tone.INFO;
            case ELDERLY, DISABLED, LOW_INCOME -> Badge.Tone.WARNING;
            default -> Badge.Tone.NEUTRAL;
        };
    }
}
