package com.salesworkbench.funnel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FunnelCommands.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        assertEquals(en, new TreeSet<>(load("messages_ru.properties").stringPropertyNames()));
        assertEquals(en, new TreeSet<>(load("messages_zh.properties").stringPropertyNames()));
    }

    @Test
    void everyMessageKeyOfTheCodeHasAText() throws IOException {
        Set<String> en = load("messages.properties").stringPropertyNames();
        Pattern key = Pattern.compile("\"((?:error|import|stages|forecast|visits|snapshot|accuracy|conversion|calibration|reverse|simulate|velocity|coverage|kpi|row|col|age|load)\\.[A-Za-z]+)\"");
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
