package com.salesworkbench.motivation;

import static com.salesworkbench.motivation.Fixtures.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in rules give their statement formulas and input names in Russian and Chinese, with no English words. */
class FormulaLanguageTest {
    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale ZH = Locale.CHINESE;
    static final String RULES = "/com/salesworkbench/motivation/internal/rules/";

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FormulaLanguageTest.class.getResourceAsStream(RULES + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every lower-case word of three letters or more in the English formulas and input names. */
    static Set<String> englishWords() throws IOException {
        Properties en = load("messages.properties");
        Set<String> words = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            if (k.startsWith("formula.") || k.startsWith("input.")) {
                Matcher m = Pattern.compile("[a-z][a-zA-Z]{2,}").matcher(en.getProperty(k));
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        assertTrue(words.containsAll(List.of("target", "incentive", "attainment", "when", "limit", "sales", "rate")), words::toString);
        return words;
    }

    static void assertNoEnglish(String text, Set<String> words) {
        Matcher m = Pattern.compile("[A-Za-z]{3,}").matcher(text);
        while (m.find()) {
            assertFalse(words.contains(m.group().toLowerCase(Locale.ROOT)), () -> "English word '" + m.group() + "' in: " + text);
        }
    }

    static PayRule rule(String type) {
        return Fixtures.rule(type);
    }

    @Test
    void everyFormulaKeyOfTheCodeHasATextInEveryLanguage() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/salesworkbench/motivation/internal/rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("\"(formula\\.[A-Za-z.-]+)\"").matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertTrue(keys.size() >= 20, keys::toString);
        for (String file : List.of("messages.properties", "messages_ru.properties", "messages_zh.properties")) {
            Properties p = load(file);
            keys.forEach(k -> assertNotNull(p.getProperty(k), () -> k + " missing in " + file));
        }
    }

    @Test
    void everyFormulaAndInputNameIsTranslated() throws IOException {
        Set<String> words = englishWords();
        for (String file : List.of("messages_ru.properties", "messages_zh.properties")) {
            Properties p = load(file);
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith("formula.") || k.startsWith("input.")) {
                    assertNoEnglish(p.getProperty(k), words);
                }
            }
        }
    }

    @Test
    void evaluatedLinesReadInTheUsersLanguage() throws Exception {
        Set<String> words = englishWords();
        PayScheme s = GoldenTest.scheme(
                "{\"id\":\"tiers\",\"type\":\"marginal-tiers\",\"parameters\":{\"tiers\":[{\"upTo\":150000,\"rate\":0.04},{\"rate\":0.06}]}},"
                        + "{\"id\":\"fine\",\"type\":\"fine\",\"parameters\":{\"metric\":\"calls\",\"below\":100,\"amount\":5000}},"
                        + "{\"id\":\"acc\",\"type\":\"accelerator\",\"parameters\":{\"targetIncentive\":50000,\"factor\":1.5}}");
        Statement st = Fixtures.engine().evaluate(s, "rep", GoldenTest.JAN, figures("plan", 100000, "actual", 160000,
                "booked", 0, "calls", 80));
        assertTrue(st.complete(), st.problems()::toString);
        Map<String, String> types = Map.of("tiers", "marginal-tiers", "fine", "fine", "acc", "accelerator");
        for (PayLine l : st.lines()) {
            String type = types.get(l.ruleId());
            if (type == null) {
                continue;
            }
            PayRule r = rule(type);
            assertEquals(l.formula(), r.formula(l, Locale.ENGLISH), "English stays the English formula");
            for (Locale loc : List.of(RU, ZH)) {
                String f = r.formula(l, loc);
                assertNoEnglish(f, words);
                for (String input : l.inputs().keySet()) {
                    assertNoEnglish(r.inputName(input, loc), words);
                }
            }
        }
        PayLine tiers = GoldenTest.line(st, "tiers");
        assertEquals("tier1.sales x tier1.rate + tier2.sales x tier2.rate", tiers.formula());
        assertEquals("ступень1.продажи × ступень1.ставка + ступень2.продажи × ступень2.ставка", rule("marginal-tiers").formula(tiers, RU));
        PayLine fine = GoldenTest.line(st, "fine");
        assertEquals("-сумма, если звонки < порог", rule("fine").formula(fine, RU));
        assertEquals("当 电话 < 界限时扣除金额", rule("fine").formula(fine, ZH));
        assertEquals("KPI1.вес", rule("kpi-matrix").inputName("KPI1.weight", RU), "a client's own KPI keeps its name");
    }

    @Test
    void aLineWithoutKeyShowsItsEnglishFormula() {
        PayLine l = new PayLine("x", "custom formula", Map.of(), Money.zero(Currency.getInstance("RUB")));
        assertEquals("custom formula", rule("fine").formula(l, RU));
        PayRule plain = BuiltinRules.all().get(0);
        assertEquals("custom formula", new PayRule() {
            public String type() {
                return "t";
            }

            public String title(Locale locale) {
                return "t";
            }

            public PayLine evaluate(com.salesworkbench.api.pay.PayRuleInput input) {
                return l;
            }
        }.formula(l, RU), "a rule type of another bundle without messages keeps its own text");
        assertNotNull(plain);
        assertEquals(BigDecimal.ZERO.signum(), l.amount().amount().signum());
    }
}
