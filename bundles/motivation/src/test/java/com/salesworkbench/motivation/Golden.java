package com.salesworkbench.motivation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Properties;

/** The reference figures of the domain file, from src/test/resources. */
final class Golden {
    private static final Properties P = new Properties();

    static {
        try (InputStream in = Golden.class.getResourceAsStream("golden.properties")) {
            P.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Golden() {
    }

    static BigDecimal get(String key) {
        String v = P.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no golden figure " + key);
        }
        return new BigDecimal(v);
    }
}
