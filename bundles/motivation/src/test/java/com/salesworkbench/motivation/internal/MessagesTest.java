package com.salesworkbench.motivation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.motivation.Contests;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text in English, Russian and Chinese; every key the code uses has a text; every rule a title. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PayCommands.class.getResourceAsStream(name)) {
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
    void everyKeyOfTheCodeHasAText() throws IOException {
        Set<String> en = load("messages.properties").stringPropertyNames();
        Pattern key = Pattern.compile("\"((?:error|import|evaluate|statement|contest|whatif|lint|col|row|line|unit)\\.[A-Za-z]+)\"");
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
        assertTrue(missing.isEmpty(), missing::toString);
        Contests.PRESETS.forEach(c -> {
            assertTrue(en.contains("contest." + c.id()), c.id());
            assertTrue(en.contains("reward." + c.id()), c.id());
        });
    }

    @Test
    void everyRuleHasATitleInEveryLanguage() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.CHINESE}) {
            BuiltinRules.all().forEach(r -> assertTrue(!r.title(l).startsWith("!"), r.type() + " " + l));
        }
        assertEquals("Marginal commission tiers", BuiltinRules.all().get(4).title(Locale.ENGLISH));
    }
}
