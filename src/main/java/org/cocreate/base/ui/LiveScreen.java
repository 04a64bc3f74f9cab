package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cocreate.base.LiveEvent;
import org.cocreate.base.LiveEvents;
import org.jspecify.annotations.Nullable;

/**
 * A screen that follows live events while it is on screen: subscribed when it is attached (again after a
 * reattach, e.g. the browser's back button), removed when it is detached, each event applied in the screen's
 * UI ({@code UI.access}), an event for a tablet closed meanwhile dropped. Declared once in the constructor:
 * <pre>{@code LiveScreen.follow(this, liveEvents, ProposalChanged.class, () -> communityId, this::changed);}</pre>
 */
public final class LiveScreen {

    private LiveScreen() {
    }

    /**
     * Follows the events of {@code type} in the community that {@code communityId} names when the screen is
     * attached (null: nothing to follow yet, e.g. a page whose record was not found).
     */
    public static <E extends LiveEvent> void follow(Component screen, LiveEvents events, Class<E> type,
            Supplier<@Nullable Long> communityId, Consumer<? super E> onScreen) {
        Registration[] current = new Registration[1];
        screen.addAttachListener(attach -> {
            remove(current);
            Long community = communityId.get();
            if (community == null) {
                return;
            }
            UI ui = attach.getUI();
            current[0] = events.subscribe(type, community, event -> {
                try {
                    ui.access(() -> onScreen.accept(event));
                } catch (UIDetachedException closed) {
                    // The screen went away between the change and the message; the detach removes the rest.
                }
            });
        });
        screen.addDetachListener(detach -> remove(current));
    }

    private static void remove(Registration[] current) {
        if (current[0] != null) {
            current[0].remove();
            current[0] = null;
        }
    }
}
