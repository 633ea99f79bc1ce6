package com.salesworkbench.swot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.testing.FixedClient;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SWOT commands on a real workspace, with a stand-in for provisioning (no framework). */
class SwotCommandsTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;
    private SwotCommands commands;
    private Locale saved;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ClientId.of("acme"));
        Provisioning provisioning = FixedClient.provisioning(ClientId.of("acme"), Locale.ENGLISH);
        commands = new SwotCommands();
        for (String[] f : new String[][] {{"provisioning", null}, {"workspace", null}}) {
            Field field = SwotCommands.class.getDeclaredField(f[0]);
            field.setAccessible(true);
            field.set(commands, f[0].equals("provisioning") ? provisioning : workspace);
        }
        commands.addResolver(new SwotLinkResolver());
        commands.addResolver(new SeriesLinkResolver());
        commands.addSource(new SeriesTrendFindings());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        Locale.setDefault(saved);
    }

    private String board(String name) {
        return Json.mapper().valueToTree(SwotStore.load(client, name)).toString();
    }

    @Test
    void sessionScoresTowsAndActions() {
        commands._new("Head of marketing, Head of sales", "Main board", "2026-11-20", "main");
        commands.item("0.6", "4", "main", "S", "Strong", "brand");
        commands.item("0.4", "1", "main", "W", "No", "key", "accounts");
        commands.item("0.7", "3", "main", "O", "New", "districts");
        commands.item("0.2", "2", "main", "T", "Rising", "rent");
        String scores = commands.scores(0, "main");
        assertTrue(scores.contains("Internal factor score (strengths, weaknesses): 2.8"), scores);
        assertTrue(scores.contains("The external weights add to 0.9, not 1"), scores);
        assertTrue(SwotStore.find(client, "main").isPresent(), "the board stays saved while its weights are off");
        assertEquals("T1: weight 0.25, rating 2\nThe external weights now add to 0.95; they must add to 1 before scoring\n",
                commands.score("main", "t1", "0.25", "2"));
        assertEquals("T1: weight 0.3, rating 2\n", commands.score("main", "t1", "0.3", "2"));
        scores = commands.scores(0, "main");
        assertTrue(scores.contains("External factor score (opportunities, threats): 2.7"), scores);
        assertTrue(scores.contains("Matrix cell 5 of 9"), scores);

        commands.iterate("Head of sales, CEO", "2026-12-04", "", "main");
        commands.score("main", "S1", "0.5", "4");
        commands.score("main", "W1", "0.5", "2");
        String cmp = commands.compare("main", 1, 2);
        assertTrue(cmp.contains("joined") && cmp.contains("CEO") && cmp.contains("Iteration 2: internal 3, external 2.7, matrix cell 4"), cmp);

        assertTrue(commands.tows("main", "S1,O1", "Deliver", "to", "new", "districts").contains("T1 (SO)"));
        IllegalArgumentException pair = assertThrows(IllegalArgumentException.class, () -> commands.tows("main", "S1,W1", "x"));
        assertTrue(pair.getMessage().contains("not S with W"), pair.getMessage());

        StrategyStore.save(client, StrategyDocument.create("growth", "Growth", "2027"));
        String act = commands.act("Logistics", "2027-04-01", "", "", "main", "T1", "growth");
        assertTrue(act.contains("a1") && act.contains("swot:main#S1"), act);
        String trace = commands.trace("growth", "a1");
        assertTrue(trace.contains("main T1 (SO)") && trace.contains("main S1 (Strengths): Strong brand")
                && trace.contains("main O1 (Opportunities): New districts"), trace);
        assertTrue(commands.show(0, "main").contains("growth#a1"));
        assertTrue(commands.questions().contains("Why don't we sell more to existing clients?"));

        List<ReportBlock> report = new SwotReportSection(workspace).content(new ReportRequest(ClientId.of("acme"), Locale.ENGLISH));
        assertEquals(new ReportBlock.Heading("Main board"), report.get(0));
        assertTrue(report.contains(new ReportBlock.Heading("Threats")), report.toString());
        assertTrue(report.stream().anyMatch(b -> b instanceof ReportBlock.Paragraph p && p.text().contains("Matrix cell 4 of 9")), report.toString());
        assertTrue(report.stream().anyMatch(b -> b instanceof ReportBlock.Table tb && tb.rows().contains(
                List.of("T1", "SO", "Deliver to new districts", "S1, O1", "growth#a1"))), report.toString());
    }

    @Test
    void evidenceFromFindingsKeepsTheLinkAndDanglingLinksAreRefused() {
        double[] values = new double[24];
        for (int i = 0; i < 24; i++) {
            values[i] = i < 12 ? 100 : 70;
        }
        client.saveSeries("sales", List.of(new TimeSeries("roses", PlanPeriod.parse("2025-01"), values)));
        commands._new("", "", "2026-11-20", "main");
        String findings = commands.findings();
        assertTrue(findings.contains("series:sales#roses") && findings.contains("-30%"), findings);
        commands.evidence("", "", "0.5", "2", "main", "series:sales#roses");
        String show = commands.show(0, "main");
        assertTrue(show.contains("series:sales#roses: roses"), show);
        assertEquals("series:sales#roses", SwotStore.load(client, "main").item("T1").evidence().link().toString());

        String before = board("main");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.evidence("T", "x", "", "0", "main", "series:sales#tulips"));
        assertTrue(e.getMessage().contains("series:sales#tulips: the object no longer exists; nothing was changed"), e.getMessage());
        assertEquals(before, board("main"));

        // the series disappears later: the item keeps its link and shows it as missing
        client.saveSeries("sales", List.of(new TimeSeries("tulips", PlanPeriod.parse("2025-01"), values)));
        assertTrue(commands.show(0, "main").contains("series:sales#roses: the object no longer exists"));
    }
}
