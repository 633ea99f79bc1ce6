package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.ui.WorkbenchCommand;
import java.util.Objects;

/**
 * A command of the menu bar (and maybe the tool bar), contributed as a service or by the window itself.
 *
 * @param menu    {@code file}, {@code edit}, {@code view}, {@code tools}, {@code help} or a perspective id
 * @param toolbar also shown on the tool bar
 * @param origin  the contributing bundle's symbolic name, or {@link #WINDOW} for the window's own commands
 */
public record CommandEntry(WorkbenchCommand command, String menu, boolean toolbar, String origin) {

    public static final String WINDOW = "window";

    public CommandEntry {
        Objects.requireNonNull(command, "command");
        menu = menu == null || menu.isBlank() ? "tools" : menu.trim();
        origin = origin == null ? "?" : origin;
    }

    public String id() {
        return command.id();
    }
}
