package com.salesworkbench.planning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.testing.FixedClient;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of the other plans (planning.md sections 5 and 7) on a real workspace, in three languages. */
class OtherPlanCommandsTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;
    private PlanCommands commands;
    private Locale saved;

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ClientId.of("acme"));
        Provisioning provisioning = FixedClient.provisioning(ClientId.of("acme"), Locale.ENGLISH);
        commands = new PlanCommands(provisioning, workspace);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        Locale.setDefault(saved);
    }

    private String file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void basesAndReceivableDays() throws IOException {
        String out = commands.bases(file("bases.csv", """
                figure,value
                sales,1000000
                variable_costs,600000
                fixed_costs,300000
                planned_profit,100000
                planned_assets,500000
                turns_per_year,3
                pre_tax_profit,50000
                pre_tax_margin,5
                headcount,10
                value_added_per_person,60000
                value_added_rate,50
                credit_receivables,150000
                notes_received,30000
                average_daily_sales,4000
                """));
        assertTrue(out.contains("Marginal-profit rate, %") && out.contains(" 40\n"), out);
        assertTrue(out.contains("Break-even basis") && out.contains("1,000,000"), out);
        assertTrue(out.contains("1,500,000") && out.contains("1,200,000"), out);
        assertTrue(out.contains("Receivable days") && out.contains(" 45\n"), out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.bases(file("b2.csv", "figure,value\nsales,100\nturnover,3\n")));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("turnover"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands.bases(file("b3.csv", "figure,value\nsales,100\n")));
        assertTrue(e.getMessage().contains("no complete set"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands.bases(file("b4.csv",
                "figure,value\nmarginal_rate,0\nfixed_costs,1\nplanned_profit,1\n")));
        assertTrue(e.getMessage().contains("marginal-profit rate") && e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void budgetFrozenAndForecastRevisedWithReasons() throws IOException {
        String budget = file("budget.csv", "month,amount\n2026-01,100000\n2026-02,120000\n");
        String out = commands.budget("RUB", budget, file("rev.csv", """
                month,amount,reason,note
                2026-02,110000,unforeseeable,"Supplier strike, two weeks"
                """));
        assertTrue(out.contains("after 1 revisions"), out);
        assertTrue(out.contains("120,000") && out.contains("110,000") && out.contains("-10,000"), out);
        assertTrue(out.contains("220,000") && out.contains("210,000"), out);
        assertTrue(out.contains("unforeseeable") && out.contains("Supplier strike, two weeks"), out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.budget("RUB", budget,
                file("rev2.csv", "month,amount,reason,note\n2026-01,1,foreseeable,ok\n2026-02,1,maybe,why\n")));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("maybe"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands.budget("RUB", budget,
                file("rev3.csv", "month,amount,reason,note\n2026-03,1,foreseeable,ok\n")));
        assertTrue(e.getMessage().contains("2026-03"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands.budget("RUB", budget,
                file("rev4.csv", "month,amount,reason,note\n2026-01,1,foreseeable,\n")));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("note"), e.getMessage());
    }

    @Test
    void vectorsAddUpToThePlan() throws IOException {
        String out = commands.vectors("RUB", file("v.csv", """
                vector,amount
                new-clients,300000
                existing-growth,500000
                win-back,200000
                """));
        assertTrue(out.contains("New clients") && out.contains("Win-back of lost clients"), out);
        assertTrue(out.contains("1,000,000") && out.contains("50%") && out.contains("100%"), out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.vectors("RUB", file("v2.csv", "vector,amount\nnew-clients,1\nretention,2\n")));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("retention"), e.getMessage());
    }

    @Test
    void expenseAndCollectionPlans() throws IOException {
        String out = commands.expenses("RUB", "0.05", "10000", file("p.csv", """
                month,plan
                2026-01,100000
                2026-02,100000
                2026-03,100000
                """));
        assertTrue(out.contains("8,333.33") && out.contains("8,333.34") && out.contains("25,000"), out);
        out = commands.collection("RUB", "0.5,0.3,0.2", file("s.csv", "month,sales\n2026-01,100000\n2026-02,200000\n"));
        assertTrue(out.contains("2026-04") && out.contains("130,000") && out.contains("80,000") && out.contains("40,000")
                && out.contains("300,000"), out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.collection("RUB", "0.6,0.6", file("s2.csv", "month,sales\n2026-01,1\n")));
        assertTrue(e.getMessage().contains("1.2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> commands.collection("RUB", "1", file("s3.csv", "month,sales\n2026-01,1\n2026-03,1\n")));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("2026-03"), e.getMessage());
    }

    @Test
    void efficiencyAndDecomposition() throws IOException {
        assertTrue(commands.efficiency("RUB", "300000", "100000", "6").contains("= 300"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.efficiency("RUB", "1", "1", "9"));
        assertTrue(e.getMessage().contains("6 or 12"), e.getMessage());
        String out = commands.decompose("RUB", "1200000", file("sh.csv", "sub_target,share\nnew clients,0.25\nexisting,0.75\n"),
                file("act.csv", "class,customers,visits_per_month\nA,10,4\nB,20,2\n"), "20", "Carol");
        assertTrue(out.contains("300,000") && out.contains("900,000") && out.contains("1,200,000"), out);
        assertTrue(out.contains("80 visits a month, 4 per working day"), out);
        e = assertThrows(IllegalArgumentException.class, () -> commands.decompose("RUB", "1", file("sh2.csv",
                "sub_target,share\na,0.5\nb,0.4\n"), "", "21", "Carol"));
        assertTrue(e.getMessage().contains("0.9") && e.getMessage().contains("Carol"), e.getMessage());
    }

    @Test
    void russianAndChineseText() throws IOException {
        Locale.setDefault(Locale.forLanguageTag("ru"));
        assertTrue(commands.vectors("RUB", file("v.csv", "vector,amount\nproducts,10\n")).contains("Новые товары"));
        Locale.setDefault(Locale.forLanguageTag("zh"));
        assertTrue(commands.vectors("RUB", file("v.csv", "vector,amount\nproducts,10\n")).contains("新产品"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.vectors("RUB", file("v3.csv", "vector,amount\nx,1\n")));
        assertTrue(e.getMessage().contains("未知"), e.getMessage());
    }
}
