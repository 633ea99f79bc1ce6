package com.salesworkbench.workspace;

import java.nio.file.Path;

/** A workspace operation failed; the message names the file and the cause. */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public WorkspaceException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public WorkspaceException(Path file, String message) {
        this(file, message, null);
    }

    /** The file the failure concerns. */
    public Path file() {
        return file;
    }
}
