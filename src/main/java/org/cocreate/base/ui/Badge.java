package org.cocreate.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A short label in a pill: a status, a tag, a warning beside a number. One look everywhere, the
 * {@code .badge} class of {@code styles.css}, coloured by what it means (its {@link Tone}) with Lumo's
 * colours, so that green means the same on every screen.
 */
public class Badge extends Span {

    /** What a badge says about its subject; each is a {@code badge-…} class (the neutral one has none). */
    public enum Tone {
        /** Just a fact: a category, a closed day. */
        NEUTRAL,
        /** Worth a look: a party member, a grant on notice. */
        INFO,
        /** Good or in force: open, on offer, posted, adopted. */
        SUCCESS,
        /** Needs care: elderly, a draft. */
        WARNING,
        /** Wrong or undone: voided, objected, running low. */
        ERROR,
        /** No longer in play: superseded, not on offer. */
        MUTED,
        /** Work waiting: a solid pill that draws the eye (a queue's count). */
        PROMINENT;

        String className() {
            return "badge-" + name().toLowerCase(Locale.ROOT);
        }
    }

    public Badge(String text, Tone tone) {
        super(text);
        addClassName("badge");
        tone(tone);
    }

    /** Changes what the badge means (its colour), for a badge that follows a changing state. */
    public final Badge tone(Tone tone) {
        for (Tone other : Tone.values()) {
            getClassNames().set(other.className(), other == tone && tone != Tone.NEUTRAL);
        }
        return this;
    }

    /** Bold, for the one that matters most among its neighbours. */
    public final Badge strong() {
        addClassName("badge-strong");
        return this;
    }
}
