package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.ui.WorkbenchView;
import java.util.Objects;

/**
 * A registered view as the window sees it.
 *
 * @param perspective the perspective id from the service property {@link WorkbenchView#PERSPECTIVE}
 * @param order       position among the perspective's views, lower first
 * @param origin      who contributed it (the bundle's symbolic name), named in error panels
 */
public record ViewEntry(String id, String perspective, int order, WorkbenchView view, String origin) {

    public ViewEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(view, "view");
        perspective = perspective == null || perspective.isBlank() ? Perspectives.OTHER : perspective.trim();
        origin = origin == null ? "?" : origin;
    }
}
