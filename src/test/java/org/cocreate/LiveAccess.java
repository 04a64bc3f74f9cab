package org.cocreate;

import com.vaadin.flow.server.VaadinSession;
import java.util.function.BooleanSupplier;

/** For browserless view tests of live screens: what another session's change queued for this one, run. */
public final class LiveAccess {

    private LiveAccess() {
    }

    /** Waits up to 2 s for what the live events queued for this screen, running it as the session would. */
    public static void await(BooleanSupplier shown) throws InterruptedException {
        for (int i = 0; i < 100 && !shown.getAsBoolean(); i++) {
            Thread.sleep(20);
            // What the session's lock holder does on unlock (the test holds the lock): run the queued access.
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
    }
}
