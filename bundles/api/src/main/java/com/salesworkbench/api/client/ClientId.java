package com.salesworkbench.api.client;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a consulting client. It names the client's workspace folder, so it is restricted to
 * lower-case letters, digits, '-' and '_' (1-64 characters) and is safe on every file system.
 */
public record ClientId(String value) implements Comparable<ClientId> {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public ClientId {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid client id '" + value
                    + "': use 1-64 lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    public static ClientId of(String value) {
        return new ClientId(value);
    }

    @Override
    public int compareTo(ClientId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
