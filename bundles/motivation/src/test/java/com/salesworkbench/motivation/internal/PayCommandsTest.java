package com.salesworkbench.motivation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import com.salesworkbench.provisioning.testing.FixedClient;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pay:* commands on a real workspace with a stand-in for provisioning. */
class PayCommandsTest {
    @TempDir
    Path dir;
    Workspace workspace;
    ClientWorkspace client;
    PayCommands commands;
    Locale saved;
    Locale clientLocale = Locale.ENGLISH;

    static final String FIGURES = "person,team,date,metric,value\n"
            + "anna,north,2026-01-01,plan,100000\nanna,north,2026-01-31,sales,130000\n"
            + "anna,north,2026-02-01,plan,100000\nanna,north,2026-02-28,sales,40000\n"
            + "boris,north,2026-01-01,plan,100000\nboris,north,2026-01-31,sales,20000\n"
            + "boris,north,2026-02-01,plan,100000\nboris,north,2026-02-28,sales,100000\n"
            + "gleb,south,2026-02-01,plan,100000\n";

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ClientId.of("acme"));
        commands = new PayCommands();
        commands.provisioning = FixedClient.provisioning(ClientId.of("acme"), () -> clientLocale);
        commands.workspace = workspace;
        commands.registry = new RuleRegistry();
        BuiltinRules.all().forEach(commands.registry::addRule);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        Locale.setDefault(saved);
    }

    String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    String scheme() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("standard.json")) {
            return file("standard.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** pay:figures keeps the figures; the report then shows the same statement pay:statement prints. */
    @Test
    void figuresAreKeptAndTheReportPaysOnThem() throws IOException {
        commands._import("", scheme());
        String out = commands.figures("standard", file("f.csv", FIGURES));
        assertTrue(out.contains("Saved figures standard: 9 rows, 3 reps, 2026-01 to 2026-02"), out);
        assertEquals(9, client.read("pay/figures/standard", FigureSheet.TYPE).rows().size());
        var blocks = new PayReportSection(workspace, commands.registry)
                .content(new com.salesworkbench.api.report.ReportRequest(ClientId.of("acme"), Locale.ENGLISH));
        assertTrue(blocks.contains(new com.salesworkbench.api.report.ReportBlock.Heading("Statements for 2026-02 from the stored figures (2 reps)")),
                blocks.toString());
        // gleb has a plan but no sales: named, as pay:evaluate names him
        assertTrue(blocks.contains(new com.salesworkbench.api.report.ReportBlock.Paragraph("gleb: No actual figures for gleb")), blocks.toString());
        var boris = blocks.get(blocks.indexOf(new com.salesworkbench.api.report.ReportBlock.Heading("Statement of boris for 2026-02")) + 1);
        var rows = ((com.salesworkbench.api.report.ReportBlock.Table) boris).rows();
        assertEquals(List.of("Pay", "", "", "80,000"), rows.get(rows.size() - 1)); // the draw carried from January, as pay:statement
        // a bad file keeps what was saved
        var e = assertThrows(IllegalArgumentException.class, () -> commands.figures("standard", file("bad.csv", "person,team,date,metric,value\nanna,north,2026-13-01,sales,1\n")));
        assertTrue(e.getMessage().contains("Line 2"), e.getMessage());
        assertEquals(9, client.read("pay/figures/standard", FigureSheet.TYPE).rows().size());
        e = assertThrows(IllegalArgumentException.class, () -> commands.figures("Bad Name", file("f2.csv", FIGURES)));
        assertTrue(e.getMessage().contains("Bad Name"), e.getMessage());
    }

    @Test
    void importEvaluateAndStatement() throws IOException {
        String out = commands._import("", scheme());
        assertTrue(out.contains("Saved scheme standard revision 2: 4 rules, OTE 100,000, mix 50% fixed / 50% variable"), out);
        assertTrue(client.find(PaySchemes.path("standard"), PaySchemes.SCHEME).isPresent());
        String figures = file("f.csv", FIGURES);
        String jan = commands.evaluate("2026-01", "standard", figures);
        // anna 130%: 50 000 + 50 000 + 0.3 x 50 000 x 1.5 = 122 500; boris 20%: 50 000 + 10 000 - 5 000 fine, draw tops to 30 000
        assertTrue(jan.contains("anna   100,000  130,000        130%  50,000    72,500  122,500"), jan);
        assertTrue(jan.contains("boris  100,000   20,000         20%  50,000    30,000   80,000"), jan);
        assertTrue(jan.contains("No actual figures for gleb") || !jan.contains("gleb"), jan);
        String feb = commands.evaluate("2026-02", "standard", figures);
        assertTrue(feb.contains("gleb: No actual figures for gleb"), feb);
        String st = commands.statement("2026-02", dir.resolve("st.csv").toString(), "standard", figures, "boris");
        assertTrue(st.contains("Statement of boris for 2026-02: scheme standard revision 2"), st);
        // February: commission 50 000, balance -25 000 from January -> paid 30 000 (draw)... due 25 000 < 30 000
        assertTrue(st.contains("balanceBefore = -25,000"), st);
        assertTrue(st.contains("Total 80,000 RUB"), st);
        assertTrue(Files.readString(dir.resolve("st.csv")).contains("draw,"), "statement CSV written");
        assertTrue(Files.readString(dir.resolve("st.csv")).contains(",80000.00,RUB,standard,2") || Files.readString(dir.resolve("st.csv")).contains("standard,2"));
        String year = commands.evaluate("all", "standard", figures);
        assertTrue(year.contains("Total pay"), year);
    }

    @Test
    void figuresFollowTheClientLocale() throws IOException {
        clientLocale = Locale.forLanguageTag("ru-RU");
        String out = commands.evaluate("2026-01", scheme(), file("f.csv", FIGURES));
        assertTrue(out.contains("Total pay 202\u00a0500; cost of sales 135\u00a0%"), out);
        Locale.setDefault(Locale.forLanguageTag("ru"));
        assertTrue(commands.evaluate("2026-01", scheme(), file("f.csv", FIGURES)).contains("Схема standard, редакция 2"));
        Locale.setDefault(Locale.CHINESE);
        assertTrue(commands.lint("", scheme()).contains("方案 standard 修订 2"));
    }

    /** Words of the built-in English formulas (and of the fixed line) a translated statement must not show. */
    static final List<String> ENGLISH = List.of("amount", "when", "limit", "target", "incentive", "attainment", "factor",
            "commission", "draw", "balance", "paid", "total", "cap", "variable", "fixed", "actual", "plan", "above");

    String statementIn(Locale user) throws IOException {
        Locale.setDefault(user);
        clientLocale = Locale.forLanguageTag("ru-RU");
        String figures = file("f.csv", FIGURES);
        String scheme = scheme();
        return commands.statement("2026-01", dir.resolve("st-" + user.getLanguage() + ".csv").toString(), scheme, figures, "boris")
                + commands.statement("2026-01", "", scheme, figures, "anna");
    }

    static void assertNoEnglishFormulaWords(String out) {
        for (String line : out.split("\n")) {
            // the first column starts with the scheme's own rule id (e.g. draw), a name the client chose
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]{3,}").matcher(line.replaceFirst("^[\\w-]+ \\(", "("));
            while (m.find()) {
                assertFalse(ENGLISH.contains(m.group().toLowerCase(Locale.ROOT)), "English '" + m.group() + "' in: " + line + "\n" + out);
            }
        }
    }

    @Test
    void russianStatementShowsFormulasAndInputsInRussian() throws IOException {
        String ru = statementIn(Locale.forLanguageTag("ru"));
        assertNoEnglishFormulaWords(ru);
        assertTrue(ru.contains("-сумма, если attainment".replace("attainment", "выполнение")), ru);
        assertTrue(ru.contains("целевойБонус = 50\u00a0000"), ru);
        assertNoEnglishFormulaWords(Files.readString(dir.resolve("st-ru.csv")).replaceAll("(?m)^([^,]*),(\"[^\"]*\"|[^,]*),.*$", "$2"));
    }

    @Test
    void chineseStatementShowsFormulasAndInputsInChinese() throws IOException {
        String zh = statementIn(Locale.CHINESE);
        assertNoEnglishFormulaWords(zh);
        assertTrue(zh.contains("目标奖金"), zh);
        assertTrue(zh.contains("固定工资"), zh);
    }

    @Test
    void lintFiguresFollowTheClientLocale() throws IOException {
        clientLocale = Locale.forLanguageTag("ru-RU");
        String lint = commands.lint("", scheme());
        assertTrue(lint.contains("Leverage"), lint);
        assertFalse(lint.matches("(?s).*\\d{4,}\\.\\d.*"), lint);
        assertTrue(lint.contains("\u00a0"), "grouped in the client's locale: " + lint);
    }

    /** anna sells evenly; boris misses January (77%) and books 60 000 in February's first three working days. */
    String dynamicsCsv() throws IOException {
        StringBuilder csv = new StringBuilder("person,team,date,metric,value\n");
        for (String p : List.of("anna", "boris")) {
            csv.append(p).append(",north,2026-01-01,plan,100000\n").append(p).append(",north,2026-02-01,plan,100000\n");
        }
        for (java.time.YearMonth m : List.of(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 2))) {
            int w = 0;
            for (int d = 1; d <= m.lengthOfMonth(); d++) {
                java.time.LocalDate date = m.atDay(d);
                if (date.getDayOfWeek().getValue() >= 6) {
                    continue;
                }
                w++;
                csv.append("anna,north,").append(date).append(",sales,5000\n");
                int boris = m.getMonthValue() == 1 ? 3500 : w <= 3 ? 20000 : 2000;
                csv.append("boris,north,").append(date).append(",sales,").append(boris).append('\n');
            }
        }
        return file("dyn.csv", csv.toString());
    }

    @Test
    void dynamicsFlagsTheManagerWhoHeldSalesBack() throws IOException {
        String csv = dynamicsCsv();
        String out = commands.dynamics("", "", "sales", "3", "1", "0.35", "0.5", csv);
        assertTrue(out.contains("Patterns that suggest holding back: boris\n"), out);
        assertTrue(out.contains("held back into next month"), out);
        assertTrue(out.matches("(?s).*boris +north +2026-01 +77,000 +77% .* 13.6% +63.8% +held back into next month.*"), out);
        assertFalse(out.matches("(?s).*anna[^\n]*held back.*"), out);
        String days = commands.dynamics("2026-02", "boris", "sales", "3", "1", "0.35", "0.5", csv);
        assertTrue(days.contains("Day by day: boris, 2026-02"), days);
        assertTrue(days.matches("(?s).*\n +4 +20,000 +60,000 +63.8%\n.*"), days);
        String relaxed = commands.dynamics("", "", "sales", "3", "1", "0.7", "0.5", csv);
        assertTrue(relaxed.contains("No manager's pattern suggests holding back"), relaxed);
        var e = assertThrows(IllegalArgumentException.class, () -> commands.dynamics("", "", "sales", "x", "1", "0.35", "0.5", csv));
        assertTrue(e.getMessage().contains("Option days: 'x' is not a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands.dynamics("", "", "calls", "3", "1", "0.35", "0.5", csv));
        assertTrue(e.getMessage().contains("No 'calls' rows"), e.getMessage());
    }

    @Test
    void dynamicsInRussianWithClientFigures() throws IOException {
        String csv = dynamicsCsv();
        Locale.setDefault(Locale.forLanguageTag("ru"));
        clientLocale = Locale.forLanguageTag("ru-RU");
        String ru = commands.dynamics("", "", "sales", "3", "1", "0.35", "0.5", csv);
        assertTrue(ru.contains("Признаки переноса продаж: boris"), ru);
        assertTrue(ru.contains("77\u00a0000"), ru);
        assertTrue(ru.contains("перенос в следующий месяц"), ru);
        Locale.setDefault(Locale.CHINESE);
        assertTrue(commands.dynamics("", "", "sales", "3", "1", "0.35", "0.5", csv).contains("有延后销售迹象：boris"));
    }

    @Test
    void contestWhatIfAndLint() throws IOException {
        String figures = file("f.csv", FIGURES);
        String c = commands.contest("2026-01", "overfulfilment-bonus", figures);
        assertTrue(c.contains("Winners: anna (ranked in money)"), c);
        assertTrue(commands.contest("", "list").contains("team-party"));
        String w = commands.whatif("", "acc.factor=3", scheme(), figures);
        assertTrue(w.contains("A = standard r2, B = changed: acc.factor=3"), w);
        assertTrue(w.contains("Cost of sales"), w);
        String lint = commands.lint("", scheme());
        assertTrue(lint.contains("Leverage"), lint);
        var e = assertThrows(IllegalArgumentException.class, () -> commands.whatif("", "acc.nothing.x=1", scheme(), figures));
        assertTrue(e.getMessage().contains("no 'nothing' there") || e.getMessage().contains("nothing"), e.getMessage());
    }

    @Test
    void badInputIsNamedAndTheSavedSchemeStays() throws IOException {
        commands._import("", scheme());
        String before = client.read(PaySchemes.path("standard"), PaySchemes.SCHEME).toString();
        String broken = file("broken.json", "{\"name\":\"standard\",\"revision\":3,\"rules\":[{\"id\":\"a\"}]}");
        var e = assertThrows(IllegalArgumentException.class, () -> commands._import("", broken));
        assertTrue(e.getMessage().contains("Rule 'a' has no type"), e.getMessage());
        assertEquals(before, client.read(PaySchemes.path("standard"), PaySchemes.SCHEME).toString());
        var csv = assertThrows(IllegalArgumentException.class, () -> commands.evaluate("2026-01", "standard",
                file("bad.csv", "person,team,date,metric,value\nanna,n,2026-01-01,sales,abc\n")));
        assertEquals("Line 2: value 'abc' is not a number", csv.getMessage());
    }
}
