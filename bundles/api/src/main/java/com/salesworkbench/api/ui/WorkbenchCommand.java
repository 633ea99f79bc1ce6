package com.salesworkbench.api.ui;

import java.util.Locale;
import java.util.Optional;
import javax.swing.KeyStroke;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a command of the window's menu bar and tool bar, registered as a service. It comes and
 * goes with its bundle like a view.
 */
@ConsumerType
public interface WorkbenchCommand {

    /** Service property: the menu the command belongs to, {@code file}, {@code edit}, {@code view}, {@code tools}, {@code help} or a perspective id. */
    String MENU = "workbench.menu";

    /** Optional boolean service property: also shown on the tool bar. */
    String TOOLBAR = "workbench.toolbar";

    String id();

    String label(Locale locale);

    default Optional<KeyStroke> accelerator() {
        return Optional.empty();
    }

    /** Runs on the event thread; long work goes through {@link ViewContext#run}. */
    void execute(ViewContext context);
}
