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

/** The plan:* commands on a real workspace: tables 1-4 through CSV files, failed imports change nothing. */
class PlanCommandsTest {

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

    private void summer() throws IOException {
        commands.create("RUB", "2026-06", "2026-08", "markup", "Summer", "manager,product", "summer");
        commands._import(file("units.csv", """
                manager,product,period,units
                Ivanov I.A.,Product 1,2026-06,100
                Ivanov I.A.,Product 1,2026-07,100
                Ivanov I.A.,Product 1,2026-08,100
                Ivanov I.A.,Product 2,2026-06,150
                Ivanov I.A.,Product 2,2026-07,100
                Ivanov I.A.,Product 2,2026-08,150
                Petrov B.B.,Product 1,2026-06,150
                Petrov B.B.,Product 1,2026-07,150
                Petrov B.B.,Product 1,2026-08,100
                Petrov B.B.,Product 2,2026-06,150
                Petrov B.B.,Product 2,2026-07,150
                Petrov B.B.,Product 2,2026-08,100
                """), file("prices.csv", """
                product,region,average_check,target_margin
                Product 1,Nizhny Novgorod,5000,0.20
                Product 1,Moscow,7000,0.30
                Product 2,Nizhny Novgorod,3000,0.25
                Product 2,Moscow,6000,0.25
                """), file("managers.csv", """
                manager,region
                Ivanov I.A.,Nizhny Novgorod
                Petrov B.B.,Moscow
                """), file("targets.csv", """
                manager,product,period,amount
                *,*,2026-06,3700000
                """), "summer");
    }

    @Test
    void createImportShowExport() throws IOException {
        summer();
        String show = commands.show("money", "", "summer");
        assertTrue(show.contains("9,940,000") && show.contains("3,300,000") && show.contains("6,640,000")
                && show.contains("2,822,500"), show);
        assertTrue(show.contains("gap -47,500"), show);
        String csv = commands.export("", "summer");
        assertTrue(csv.contains("\n*,*,total,1500,9940000.00,,\n"), csv);
        assertTrue(csv.contains("\nIvanov I.A.,*,2026-07,200,975000.00,,\n"), csv);
        assertTrue(csv.contains("\n*,*,2026-06,550,3652500.00,3700000.00,-47500.00\n"), csv);
        String list = commands.list();
        assertTrue(list.contains("summer") && list.contains("RUB") && list.contains("manager,product")
                && list.contains("2026-06 .. 2026-08"), list);
        String out = dir.resolve("out/plan.csv").toString();
        commands.export(out, "summer");
        assertEquals(csv, Files.readString(Path.of(out)));
    }

    @Test
    void aFailedImportLeavesTheSavedPlanUnchanged() throws IOException {
        summer();
        SalesPlan before = client.read("plans/summer", SalesPlan.DOCUMENT_TYPE);
        int versions = client.history("plans/summer").size();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands._import(
                file("more.csv", "manager,product,period,units\nPetrov B.B.,Product 3,2026-06,5\n"), "", "", "", "summer"));
        assertTrue(e.getMessage().contains("Petrov B.B. / Product 3") && e.getMessage().contains("Moscow"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands._import(
                file("late.csv", "manager,product,period,units\nPetrov B.B.,Product 1,2026-09,5\n"), "", "", "", "summer"));
        assertTrue(e.getMessage().contains("2026-09") && e.getMessage().contains("outside"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands._import(
                file("bad.csv", "manager,product,period,units\nPetrov B.B.,Product 1,2026-06,5\nPetrov B.B.,Product 2,2026-06,x\n"),
                "", "", "", "summer"));
        assertTrue(e.getMessage().contains("row 3") && e.getMessage().contains("units"), e.getMessage());
        assertEquals(before, client.read("plans/summer", SalesPlan.DOCUMENT_TYPE));
        assertEquals(versions, client.history("plans/summer").size());
        commands.create("RUB", "2026-06", "2026-06", "margin", "", "manager,product", "margin");
        e = assertThrows(IllegalArgumentException.class, () -> commands._import(file("u1.csv",
                "manager,product,period,units\nPetrov B.B.,Product 1,2026-06,1\n"), file("p1.csv",
                "product,region,average_check,target_margin\nProduct 1,Moscow,7000,1.0\n"), file("m1.csv",
                "manager,region\nPetrov B.B.,Moscow\n"), "", "margin"));
        assertTrue(e.getMessage().contains("100%") && e.getMessage().contains("Petrov B.B. / Product 1"), e.getMessage());
        assertEquals(List.of(), client.read("plans/margin", SalesPlan.DOCUMENT_TYPE).cells());
        // markup mode takes a 100% markup on cost
        commands._import("", file("p2.csv", "product,region,average_check,target_margin\nProduct 1,Moscow,7000,1.0\n"),
                "", "", "summer");
        assertEquals(versions + 1, client.history("plans/summer").size());
    }

    @Test
    void runRateAndCalendarMessagesInTheUsersLanguage() {
        String rr = commands.runrate("20000", "8000", "USD", "2026-06-01", "2026-06-26", "2026-06-12", "MF", "");
        assertTrue(rr.contains("1,000") && rr.contains("4,000") && rr.contains("Behind"), rr);
        assertTrue(rr.contains("Control point: behind (pro-rata target to date 10,000"), rr);
        Locale.setDefault(Locale.forLanguageTag("ru"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.runrate("1", "0", "RUB", "2030-01-01", "2030-12-31", "", "CN", ""));
        assertTrue(e.getMessage().contains("CN-2030.properties") && e.getMessage().contains("Нет"), e.getMessage());
    }

    @Test
    void splitATargetTopDownAndKeepItWithThePlan() throws IOException {
        summer();
        String out;
        assertThrows(IllegalArgumentException.class, () -> commands.split("1", "2026", "*", "*", "", "", "", "", "", "summer"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.split("10000000", "2026", "*", "*", "", "4,3", "", "", "", "summer"));
        assertTrue(e.getMessage().contains("2 weights") && e.getMessage().contains("3 months"), e.getMessage());
        out = commands.split("10000000", "2026", "*", "*", "", "4,3,3", "", "2026-08=3000000", "", "summer");
        assertTrue(out.contains("4,000,000") && out.contains("-347,500"), out);
        String show = commands.show("money", "", "summer");
        assertTrue(show.contains("Target 2026: top-down 10,000,000, bottom-up 9,940,000, gap -60,000"), show);
        assertTrue(show.contains("Target 2026-08: top-down 3,000,000, bottom-up 2,822,500, gap -177,500"), show);
        // the Petrov cell alone, split evenly over the months
        out = commands.split("6000000", "2026", "Petrov B.B.", "*", "", "1,1,1", "", "", "", "summer");
        assertTrue(out.contains("2,000,000") && out.contains("490,000"), out);
    }

    @Test
    void quotasInAnotherCurrencyAreNamedByRow() throws IOException {
        String ok = commands.quotas("30000", "USD", "2027-Q1", file("q.csv", """
                rep,period,amount,currency
                Carol,2027-01,5000,USD
                Shane,2027-01,3000,USD
                Shane,2027-02,3000,USD
                Shane,2027-03,3000,USD
                """));
        assertTrue(ok.contains("14,000") && ok.contains("16,000 of the target uncovered"), ok);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.quotas("30000", "USD",
                "2027-Q1", file("q2.csv", "rep,period,amount,currency\nCarol,2027-01,5000,USD\nShane,2027-01,3000,EUR\n")));
        assertTrue(e.getMessage().contains("row 2") && e.getMessage().contains("Shane") && e.getMessage().contains("EUR"),
                e.getMessage());
    }

    @Test
    void accuracyAtTheFrozenLag() throws IOException {
        StringBuilder csv = new StringBuilder("item,family,rep,region,industry,month,made,forecast,actual\n");
        for (int m = 1; m <= 4; m++) {
            String month = "2026-0" + m;
            String made = java.time.YearMonth.of(2026, m).minusMonths(3).toString(); // made three months before
            csv.append("roses,flowers,Carol,North,retail,").append(month).append(',').append(made).append(",100,102\n");
            csv.append("tulips,flowers,Shane,North,retail,").append(month).append(',').append(made).append(",100,50\n");
            // a later revision of the same month, closer to the actual; the frozen lag ignores it
            csv.append("tulips,flowers,Shane,North,retail,").append(month).append(",2026-0").append(m).append(",50,50\n");
        }
        String frozen = commands.accuracy("0.80,0.15", "3", "", file("acc.csv", csv.toString()));
        assertTrue(frozen.contains("-50%") && frozen.contains("outside") && frozen.contains("Persistent deviators") 
                && frozen.contains("Shane"), frozen);
        String latest = commands.accuracy("0.80,0.15", "0", "", file("acc.csv", csv.toString()));
        assertTrue(latest.contains("No rep deviates"), latest);
    }
}
