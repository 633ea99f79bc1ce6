package com.salesworkbench.motivation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.motivation.Activity;
import com.salesworkbench.motivation.ActivityCsv;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pay statements as export tables: every rep's lines for a month, as pay:statement computes them. */
class StatementDataTest {

    private static final ClientId ACME = ClientId.of("acme");

    @TempDir
    Path dir;

    private Workspace workspace;
    private StatementData data;
    private String figures;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(ACME);
        try (InputStream in = getClass().getResourceAsStream("standard.json")) {
            c.save(PaySchemes.path("standard"), PaySchemes.SCHEME, Json.mapper().readValue(in, PayScheme.class));
        }
        figures = dir.resolve("f.csv").toString();
        Files.writeString(Path.of(figures), PayCommandsTest.FIGURES, StandardCharsets.UTF_8);
        data = new StatementData();
        data.workspace = workspace;
        data.registry = new RuleRegistry();
        BuiltinRules.all().forEach(data.registry::addRule);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static Money total(Table t, String rep) {
        return t.rows().stream().filter(r -> r.get(0).equals(rep) && r.get(4) != null).map(r -> (Money) r.get(4)).reduce(Money::plus).orElseThrow();
    }

    @Test
    void everyRepsStatementLinesForTheMonthGroupedByRep() {
        assertEquals(List.of("standard"), data.names(ACME));
        Table jan = data.table(ACME, "standard", List.of(figures, "2026-01"), Locale.ENGLISH);
        assertEquals(List.of("rep", "period", "rule", "formula", "amount"),
                jan.columns().stream().map(Table.Column::header).toList());
        assertEquals(0, jan.groupBy());
        // anna at 130 %: 50 000 + 50 000 + 0.3 x 50 000 x 1.5; boris at 20 % topped up by the draw (pay:evaluate's figures)
        assertEquals(Money.of("122500", "RUB"), total(jan, "anna"));
        assertEquals(Money.of("80000", "RUB"), total(jan, "boris"));
        assertEquals(PlanPeriod.parse("2026-01"), jan.rows().get(0).get(1));
        assertTrue(jan.rows().stream().noneMatch(r -> r.get(0).equals("gleb")), "gleb joined in February");
        // without a month: the file's last, with the draw balance carried from January
        Table feb = data.table(ACME, "standard", List.of(figures), Locale.ENGLISH);
        assertEquals(Money.of("80000", "RUB"), total(feb, "boris"));
        // gleb has a plan but no sales in February: his row says so rather than leaving him out
        List<Object> gleb = feb.rows().stream().filter(r -> r.get(0).equals("gleb")).findFirst().orElseThrow();
        assertEquals("No actual figures for gleb", gleb.get(3));
        assertEquals(null, gleb.get(4));
    }

    @Test
    void withoutAFileTheFiguresKeptForTheSchemeArePaid() throws Exception {
        List<Activity> rows = ActivityCsv.read(new StringReader(PayCommandsTest.FIGURES));
        workspace.client(ACME).save(FigureSheet.path("standard"), FigureSheet.TYPE, new FigureSheet(rows));
        Table jan = data.table(ACME, "standard", List.of("2026-01"), Locale.ENGLISH);
        assertEquals(Money.of("122500", "RUB"), total(jan, "anna"));
        assertEquals(Money.of("80000", "RUB"), total(jan, "boris"));
        Table last = data.table(ACME, "standard", List.of(), Locale.ENGLISH);
        assertEquals(PlanPeriod.parse("2026-02"), last.rows().get(0).get(1));
        // a month the figures do not cover is refused rather than exported empty
        assertEquals("No figures for 2026-07: the figures cover 2026-01 to 2026-02", assertThrows(DataException.class,
                () -> data.table(ACME, "standard", List.of("2026-07"), Locale.ENGLISH)).getMessage());
    }

    @Test
    void withoutFiguresOrWithAMissingFileTheRefusalSaysWhatToGive() {
        assertTrue(assertThrows(DataException.class, () -> data.table(ACME, "standard", List.of(), Locale.ENGLISH))
                .getMessage().contains("figures CSV"));
        assertTrue(assertThrows(DataException.class, () -> data.table(ACME, "standard", List.of("nope.csv"),
                Locale.forLanguageTag("ru"))).getMessage().contains("nope.csv"));
    }
}
