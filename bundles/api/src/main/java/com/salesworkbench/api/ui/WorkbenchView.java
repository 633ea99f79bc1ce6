package com.salesworkbench.api.ui;

import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a view or editor of the desktop workbench, registered as a service by a {@code ui.*}
 * bundle (so a headless installation carries no Swing code of its own). The window shows every registered
 * view under its perspective and closes its parts when the service goes away.
 */
@ConsumerType
public interface WorkbenchView {

    /** Service property naming the perspective the view belongs to, e.g. {@code "forecast"}. */
    String PERSPECTIVE = "workbench.perspective";

    /** Optional integer service property: position among the perspective's views, lower first. */
    String ORDER = "workbench.view.order";

    /** Stable identifier, kept in the per-client layout. */
    String id();

    String title(Locale locale);

    /**
     * Opens one instance of the view: builds its component for the context's client and language. Called on
     * the Swing event thread; long work belongs in {@link ViewContext#run}. The window shows an error panel
     * in the part's place when this throws. When the active client or the language changes, the window
     * disposes every open part and opens it again, so a part can keep the client and locale it was opened with.
     */
    ViewPart open(ViewContext context);
}
