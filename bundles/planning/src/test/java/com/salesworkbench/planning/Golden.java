package com.salesworkbench.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the reference tables copied from planning.md into src/test/resources/golden. */
final class Golden {

    private Golden() {
    }

    static List<String[]> csv(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    rows.add(Arrays.stream(line.split(",", -1)).map(String::trim).toArray(String[]::new));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
