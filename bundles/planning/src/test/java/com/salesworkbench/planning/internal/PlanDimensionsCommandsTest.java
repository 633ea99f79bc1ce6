package com.salesworkbench.planning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.testing.FixedClient;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema sales-plan v2: the v1 body migrates on read, plans over any dimensions and periods through plan:*. */
class PlanDimensionsCommandsTest {

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
    void theVersionOneDemoBodyMigratesAndStaysReadable() throws IOException {
        ObjectNode v1;
        try (var in = getClass().getResourceAsStream("/plan-summer-v1.json")) {
            v1 = Json.mapper().readValue(in, ObjectNode.class);
        }
        v1.putArray("targets").addObject().put("manager", "*").put("product", "*").put("period", "2026-06")
                .put("amount", 3700000);
        client.save("plans/summer-2026", DocumentType.of("sales-plan", ObjectNode.class), v1);
        SalesPlan plan = client.read("plans/summer-2026", SalesPlan.DOCUMENT_TYPE);
        assertEquals(SalesPlan.MANAGER_PRODUCT, plan.dimensions());
        assertEquals(12, plan.cells().size());
        assertEquals(Map.of(Dimension.MANAGER, "Ivanov I.A.", Dimension.PRODUCT, "Product 1"), plan.cells().get(0).members());
        assertEquals(Map.of(), plan.targets().get(0).members());
        String show = commands.show("money", "", "summer-2026");
        assertTrue(show.contains("9,940,000") && show.contains("3,300,000") && show.contains("6,640,000"), show);
        assertTrue(show.contains("gap -47,500"), show);
        // subtotals along the product instead of the manager
        String byProduct = commands.show("money", "product", "summer-2026");
        assertTrue(byProduct.indexOf("Product") < byProduct.indexOf("Manager"), byProduct);
        assertTrue(byProduct.contains("9,940,000"), byProduct);
        // saving writes version 2, and it reads back the same
        commands._import("", "", file("m.csv", "manager,region\nIvanov I.A.,Nizhny Novgorod\n"), "", "summer-2026");
        String saved = Files.readString(dir.resolve("ws/clients/acme/documents/plans/summer-2026.json"));
        assertTrue(saved.contains("\"schemaVersion\" : 2") || saved.contains("\"schemaVersion\":2"), saved);
        assertEquals(plan, client.read("plans/summer-2026", SalesPlan.DOCUMENT_TYPE));
    }

    @Test
    void aPlanByRegionProductAndClientKindInQuarters() throws IOException {
        commands.create("RUB", "2027-Q1", "2027-Q2", "markup", "Regions", "region,product,client_kind", "regions");
        commands._import(file("cells.csv", """
                region,product,client_kind,period,units
                Moscow,Roses,retail,2027-Q1,10
                Moscow,Roses,wholesale,2027-Q1,100
                Kazan,Roses,retail,2027-Q2,20
                Kazan,Tulips,wholesale,2027-Q2,50
                """), file("prices.csv", """
                product,region,average_check,target_margin
                Roses,Moscow,100,0.5
                Roses,Kazan,80,0.25
                Tulips,Kazan,40,0
                """), "", file("t.csv", "client_kind,period,amount\nretail,2027-Q1,2000\n"), "regions");
        // Moscow roses 150 a unit, Kazan roses 100, Kazan tulips 40
        String show = commands.show("money", "client_kind", "regions");
        assertTrue(show.contains("Client kind") && show.contains("Region") && show.contains("Product"), show);
        assertTrue(show.contains("3,500") && show.contains("15,000") && show.contains("17,000") && show.contains("20,500"), show);
        assertTrue(show.contains("Target retail / 2027-Q1: top-down 2,000, bottom-up 1,500, gap -500"), show);
        String units = commands.show("units", "region", "regions");
        assertTrue(units.contains("110") && units.contains("70") && units.contains("180"), units);
        String csv = commands.export("", "regions");
        assertTrue(csv.startsWith("region,product,client_kind,period,units,money,target,gap\n"), csv);
        assertTrue(csv.contains("\n*,*,retail,2027-Q1,10,1500.00,2000.00,-500.00\n"), csv);
        assertTrue(csv.contains("\n*,*,*,total,180,20500.00,,\n"), csv);
        assertTrue(csv.contains("\nKazan,*,*,2027-Q2,70,4000.00,,\n"), csv);
        // top-down on any cell: all retail over the year, split over the plan's quarters
        String split = commands.split("4000", "2027", "*", "*", "client_kind=retail", "1,1", "", "", "", "regions");
        assertTrue(split.contains("2,000") && split.contains("-500"), split);
        show = commands.show("money", "", "regions");
        assertTrue(show.contains("Target retail / 2027: top-down 4,000, bottom-up 3,500, gap -500"), show);
        assertTrue(show.contains("Target retail / 2027-Q1: top-down 2,000, bottom-up 1,500, gap -500"), show);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.split("1", "2027", "Petrov B.B.", "*", "", "1,1", "", "", "", "regions"));
        assertTrue(e.getMessage().contains("manager") && e.getMessage().contains("region,product,client_kind"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> commands.split("1", "2027", "*", "*", "region", "1,1", "", "", "", "regions"));
        assertTrue(e.getMessage().contains("DIMENSION=MEMBER"), e.getMessage());
        // amounts instead of units for a plan without products, in days
        commands.create("USD", "2027-01-01", "2027-01-03", "markup", "", "client", "daily");
        commands._import(file("d.csv", "client,period,amount\nAcme,2027-01-01,100.50\nBeta,2027-01-03,200\n"), "", "", "",
                "daily");
        assertTrue(commands.export("", "daily").contains("\n*,total,0,300.50,,\n"));
        assertTrue(commands.show("money", "", "daily").contains("300.5"));
    }

    @Test
    void badDimensionsAndCellsAreNamedAndChangeNothing() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.create("RUB", "2027-01", "2027-02", "markup", "", "region,colour", "x"));
        assertTrue(e.getMessage().contains("colour") && e.getMessage().contains("client_kind"), e.getMessage());
        commands.create("RUB", "2027-01", "2027-02", "markup", "", "region,product", "p");
        e = assertThrows(IllegalArgumentException.class, () -> commands._import(file("c1.csv",
                "manager,region,product,period,units\nA,Moscow,Roses,2027-01,1\n"), "", "", "", "p"));
        assertTrue(e.getMessage().contains("manager") && e.getMessage().contains("region,product"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands._import(file("c2.csv",
                "region,period,units\nMoscow,2027-01,1\n"), "", "", "", "p"));
        assertTrue(e.getMessage().contains("product"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands._import(file("c3.csv",
                "region,product,period,units,amount\nMoscow,Roses,2027-01,1,5\n"), "", "", "", "p"));
        assertTrue(e.getMessage().contains("Moscow / Roses / 2027-01") && e.getMessage().contains("not both"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> commands.show("money", "client", "p"));
        assertTrue(e.getMessage().contains("client"), e.getMessage());
        assertEquals(List.of(), client.read("plans/p", SalesPlan.DOCUMENT_TYPE).cells());
        assertEquals(1, client.history("plans/p").size());
    }
}
