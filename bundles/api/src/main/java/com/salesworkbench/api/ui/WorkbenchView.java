package com.salesworkbench.api.ui;

import java.util.Locale;
import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a view of the desktop workbench. The window shows every registered view under its
 * perspective and removes it when the service goes away; only {@code ui.*} bundles implement this, so a
 * headless installation carries no Swing code of its own.
 */
@ConsumerType
public interface WorkbenchView {

    /** Service property naming the perspective the view belongs to, e.g. {@code "forecast"}. */
    String PERSPECTIVE = "workbench.perspective";

    String id();

    String title(Locale locale);

    /** Builds the view's component; called on the Swing event thread. */
    JComponent createComponent(Locale locale);

    /** Releases listeners and resources; called on the event thread when the view closes. */
    default void dispose() {
    }
}
