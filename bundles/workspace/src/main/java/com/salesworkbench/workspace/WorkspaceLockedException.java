package com.salesworkbench.workspace;

import java.nio.file.Path;

/** Another process holds the workspace lock, so this process may not write. */
public class WorkspaceLockedException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public WorkspaceLockedException(Path file, String message) {
        super(file, message);
    }

    public WorkspaceLockedException(Path file, String message, Throwable cause) {
        super(file, message, cause);
    }
}
