package com.salesworkbench.funnel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.testing.FixedClient;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell commands on a real workspace, with a stand-in for provisioning (no framework). */
class FunnelCommandsTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;
    private FunnelCommands commands;
    private Locale saved;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ClientId.of("acme"));
        Provisioning provisioning = FixedClient.provisioning(ClientId.of("acme"), Locale.ENGLISH);
        commands = new FunnelCommands();
        set("provisioning", provisioning);
        set("workspace", workspace);
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = FunnelCommands.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(commands, value);
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
    void importForecastAndSimulateEndToEnd() throws IOException {
        String csv = file("p.csv", "rep,customer,amount,probability,close\n"
                + "Ivanov,a,300000,50,2026-12\nIvanov,b,100000,100,2026-12\nIvanov,c,900000,30,2027-01\n"
                + "Ivanov,d,400000,75,2027-02\n");
        String out = commands._import("main", "RUB", "", "2026-11-21", csv);
        assertTrue(out.contains("Imported 4 deals"), out);
        String forecast = commands.forecast("70", "2026-12", "3", "", false, "main");
        assertTrue(forecast.contains("574") && forecast.contains("820"), forecast);
        String sim = commands.simulate("", "", "2000", "1", "", false, "main");
        assertTrue(sim.contains("P10") && sim.contains("P90"), sim);
    }

    @Test
    void badRowsAreReportedAndAFullyBadFileLeavesTheSavedPipelineUnchanged() throws IOException {
        String good = file("good.csv", "rep,customer,amount,probability,close\nA,x,1000,50,2027-01\n");
        commands._import("main", "EUR", "", "2026-11-21", good);
        byte[] before = Files.readAllBytes(client.folder().resolve("documents/funnel/pipelines/main.json"));
        String bad = file("bad.csv", "rep,customer,amount,probability,close\nA,x,-1,50,2027-01\nA,y,10,101,2027-01\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands._import("main", "", "", "2026-11-21", bad));
        assertTrue(e.getMessage().contains("Line 2, column \"amount\""), e.getMessage());
        assertTrue(e.getMessage().contains("Line 3, column \"probability\""), e.getMessage());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                new String(Files.readAllBytes(client.folder().resolve("documents/funnel/pipelines/main.json")),
                        StandardCharsets.UTF_8));
        String mixed = file("mixed.csv", "rep,customer,amount,probability,close\nA,x,-1,50,2027-01\nA,y,10,20,2027-01\n");
        String out = commands._import("main", "", "", "2026-11-21", mixed);
        assertTrue(out.contains("1 rows rejected") && out.contains("Line 2"), out);
        Pipeline p = client.read("funnel/pipelines/main", FunnelDocuments.PIPELINE);
        assertEquals("EUR", p.currency(), "a re-import keeps the pipeline's currency");
        assertEquals(1, p.opportunities().size());
    }

    @Test
    void reverseFunnelRefusesAZeroConversionInTheUsersLanguage() throws IOException {
        String stages = file("s.csv", "stage,conversion,days,activity\nlead,80,10,call\nmeeting,0,5,meeting\n");
        Locale.setDefault(Locale.forLanguageTag("ru"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.reverse("10000000", "2027-06", "", "100000", "1", "4", "20", "", stages));
        assertTrue(e.getMessage().startsWith("Строка 3, этап «meeting»"), e.getMessage());
        Locale.setDefault(Locale.ENGLISH);
        String ok = file("ok.csv", "stage,conversion,days,activity\nlead,80,0,call\nmeeting,40,0,meeting\nopportunity,10,0,visit\n");
        String out = commands.reverse("10000000", "2027-06", "", "100000", "1", "4", "20", "", ok);
        assertTrue(out.contains("3,125") && out.contains("2,500") && out.contains("1,000"), out);
    }
}
