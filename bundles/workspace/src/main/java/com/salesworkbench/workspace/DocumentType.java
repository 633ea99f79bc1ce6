package com.salesworkbench.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The schema of one kind of document: its name, the current version, the Java type of its body, and the
 * migrations that bring an older body up to date, one step at a time.
 *
 * @param migrations body migrations keyed by the version they start from ({@code 1} migrates 1 to 2)
 */
public record DocumentType<T>(String schema, int version, Class<T> javaType, Map<Integer, Migration> migrations) {

    /** Turns a body of version {@code v} into a body of version {@code v + 1}. */
    @FunctionalInterface
    public interface Migration {
        ObjectNode apply(ObjectNode body);
    }

    public DocumentType {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(javaType, "javaType");
        if (version < 1) {
            throw new IllegalArgumentException("Schema version starts at 1");
        }
        migrations = Map.copyOf(new TreeMap<>(migrations));
        for (int v = 1; v < version; v++) {
            if (!migrations.containsKey(v)) {
                throw new IllegalArgumentException("Schema " + schema + " has no migration from version " + v);
            }
        }
    }

    /** A first version of a schema, with nothing to migrate. */
    public static <T> DocumentType<T> of(String schema, Class<T> javaType) {
        return new DocumentType<>(schema, 1, javaType, Map.of());
    }
}
