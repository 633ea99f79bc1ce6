package com.salesworkbench.ui.internal.model;

import com.salesworkbench.workspace.DocumentType;
import java.util.Map;

/**
 * The window's arrangement for one client, kept as the document {@value #DOCUMENT} of the client's workspace:
 * the open perspective, the selected view of each perspective, the window bounds, the split position and the theme.
 *
 * @param divider position of the divider between the perspective bar and the views, in pixels; 0 for the default
 * @param width   0 while the window has never been placed (then it is centred at its default size)
 */
public record Layout(String perspective, Map<String, String> selectedViews, int x, int y, int width, int height,
                     boolean maximized, int divider, String theme) {

    public static final String DOCUMENT = "workbench/layout";
    public static final DocumentType<Layout> TYPE = DocumentType.of("workbench-layout", Layout.class);

    public static final Layout DEFAULT = new Layout(Perspectives.PLAN, Map.of(), 0, 0, 0, 0, false, 0, Theme.LIGHT.name());

    public Layout {
        perspective = perspective == null || perspective.isBlank() ? Perspectives.PLAN : perspective;
        selectedViews = selectedViews == null ? Map.of() : Map.copyOf(selectedViews);
        theme = Theme.parse(theme).name();
    }

    public Layout withBounds(int x, int y, int width, int height, boolean maximized) {
        return new Layout(perspective, selectedViews, x, y, width, height, maximized, divider, theme);
    }

    public Layout withDivider(int divider) {
        return new Layout(perspective, selectedViews, x, y, width, height, maximized, divider, theme);
    }
}
