package com.salesworkbench.motivation;

import com.salesworkbench.workspace.DocumentType;
import java.util.regex.Pattern;

/**
 * Pay schemes as workspace documents: schema {@code pay-scheme} version 1 at {@code pay/schemes/<name>}. A
 * document written by a newer program is refused by the workspace (NewerSchemaException) and left untouched.
 */
public final class PaySchemes {
    public static final DocumentType<PayScheme> SCHEME = DocumentType.of("pay-scheme", PayScheme.class);
    public static final String FOLDER = "pay/schemes/";
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private PaySchemes() {
    }

    public static String path(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new PayException("error.name", "Scheme name '" + name + "': use lower-case letters, digits, '.', '-', '_'", name);
        }
        return FOLDER + name;
    }
}
