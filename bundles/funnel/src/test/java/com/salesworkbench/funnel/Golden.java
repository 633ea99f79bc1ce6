package com.salesworkbench.funnel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The reference figures and files copied into the test resources. */
final class Golden {

    private static final Properties P = new Properties();

    static {
        try (InputStream in = Golden.class.getResourceAsStream("golden.properties")) {
            P.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Golden() {
    }

    static BigDecimal number(String key) {
        String v = P.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no golden figure " + key);
        }
        return new BigDecimal(v.strip());
    }

    static Reader resource(String name) {
        return new InputStreamReader(Golden.class.getResourceAsStream(name), StandardCharsets.UTF_8);
    }
}
