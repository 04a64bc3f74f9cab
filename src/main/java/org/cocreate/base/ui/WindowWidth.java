package org.cocreate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;

/**
 * The browser window's width, for screens that fold their tables on a tablet: told once the screen is
 * shown and again whenever the window is resized (a tablet turned), for as long as the screen is attached.
 */
public final class WindowWidth {

    /** Below this width (a tablet in either orientation, with or without the drawer) tables fold. */
    public static final int NARROW = 1100;

    private WindowWidth() {
    }

    /** Whether a window this wide gets the folded layout; 0 (not known yet) is not narrow. */
    public static boolean isNarrow(int windowWidth) {
        return windowWidth > 0 && windowWidth < NARROW;
    }

    /** Calls {@code adapt} with the window's width while {@code screen} is attached. */
    public static void follow(Component screen, IntConsumer adapt) {
        Registration[] resize = new Registration[1];
        screen.addAttachListener(attached -> {
            var page = attached.getUI().getPage();
            resize[0] = page.addBrowserWindowResizeListener(e -> adapt.accept(e.getWidth()));
            page.retrieveExtendedClientDetails(details -> adapt.accept(details == null ? 0
                    : details.getWindowInnerWidth()));
        });
        screen.addDetachListener(detached -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
