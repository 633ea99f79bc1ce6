package com.salesworkbench.workspace;

import java.nio.file.Path;

/** The document was written by a newer version of the program than this one understands. */
public class NewerSchemaException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public NewerSchemaException(Path file, String message) {
        super(file, message);
    }

    public NewerSchemaException(Path file, String message, Throwable cause) {
        super(file, message, cause);
    }
}
