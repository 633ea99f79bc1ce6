package com.salesworkbench.planning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.planning.PlanningException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(Class<?> anchor, String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        for (Class<?> anchor : new Class<?>[] {PlanCommands.class, PlanningException.class}) {
            Set<String> en = new TreeSet<>(load(anchor, "messages.properties").stringPropertyNames());
            assertEquals(en, new TreeSet<>(load(anchor, "messages_ru.properties").stringPropertyNames()), anchor.getName());
            assertEquals(en, new TreeSet<>(load(anchor, "messages_zh.properties").stringPropertyNames()), anchor.getName());
        }
    }

    @Test
    void everyExceptionKeyOfTheCodeHasAText() throws IOException {
        Set<String> en = load(PlanningException.class, "messages.properties").stringPropertyNames();
        Pattern key = Pattern.compile("PlanningException\\(\"([a-zA-Z]+\\.[A-Za-z]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!en.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys without text: " + missing);
    }
}
