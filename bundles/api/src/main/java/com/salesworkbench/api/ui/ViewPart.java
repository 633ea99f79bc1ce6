package com.salesworkbench.api.ui;

import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import org.osgi.annotation.versioning.ConsumerType;

/** One open instance of a {@link WorkbenchView}: its component and its lifecycle. */
@ConsumerType
public interface ViewPart {

    JComponent component();

    /**
     * Whether files dropped onto the part (or opened with the import command while it is active) are for it.
     */
    default boolean acceptsFiles(List<Path> files) {
        return false;
    }

    /**
     * Imports dropped files; called on the event thread, long work goes through {@link ViewContext#run}.
     * Errors are the part's to report through {@link ViewContext#showError}.
     */
    default void importFiles(List<Path> files) {
    }

    /** Releases listeners and resources; called on the event thread when the part closes. */
    default void dispose() {
    }
}
