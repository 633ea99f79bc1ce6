package com.salesworkbench.workspace;

import java.nio.file.Path;

/** No such document, series, version or client. */
public class DocumentNotFoundException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    public DocumentNotFoundException(Path file, String message) {
        super(file, message);
    }

    public DocumentNotFoundException(Path file, String message, Throwable cause) {
        super(file, message, cause);
    }
}
