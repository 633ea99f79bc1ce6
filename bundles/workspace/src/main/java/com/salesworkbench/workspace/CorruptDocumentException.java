package com.salesworkbench.workspace;

import java.nio.file.Path;

/** The file is not a valid document (bad JSON, wrong schema or wrong field types); it is left untouched. */
public class CorruptDocumentException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(Path file, String message) {
        super(file, message);
    }

    public CorruptDocumentException(Path file, String message, Throwable cause) {
        super(file, message, cause);
    }
}
