package com.salesworkbench.strategy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.document.DocumentTemplate;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.testing.FixedClient;
import com.salesworkbench.strategy.Status;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strategy commands on a real workspace, with a stand-in for provisioning (no framework). */
class StrategyCommandsTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;
    private StrategyCommands commands;
    private Locale saved;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ClientId.of("acme"));
        Provisioning provisioning = FixedClient.provisioning(ClientId.of("acme"), Locale.ENGLISH);
        commands = new StrategyCommands();
        set("provisioning", provisioning);
        set("workspace", workspace);
        commands.addResolver(new StrategyLinkResolver());
        commands.addResolver(new DocumentLinkResolver());
        DataTemplate.builtin().forEach(t -> commands.addTemplate(t, "com.salesworkbench.strategy"));
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field f = StrategyCommands.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(commands, value);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
        Locale.setDefault(saved);
    }

    private String saved(String name) {
        return Json.mapper().valueToTree(StrategyStore.load(client, name)).toString();
    }

    @Test
    void lifecycleEndToEndThroughTheCommands() {
        assertTrue(commands._new("2027", "Growth 2027", "", "growth").contains("14 chapters"));
        for (String id : List.of("market-opportunities", "long-term-goals", "product-directions", "regions-markets", "sales-model",
                "commercial-policy", "distribution-policy", "partner-policy", "assortment-policy", "pricing-policy", "hr-policy",
                "implementation-plan", "project-calendar")) {
            commands.text("", "growth", id, "Text", "of", id);
        }
        commands.link("growth", "annual-sales-plan", "plan:2027#revenue");
        String show = commands.show("current", "growth");
        assertTrue(show.contains("plan:2027#revenue: module \"plan\" is not installed for this client"), show);
        assertTrue(show.contains("Long term (3 years and more)"), show);

        commands.submit("growth");
        commands.object("growth", "Ivanov", "Pricing", "ignores", "discounts");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> commands.approve("", "", "growth"));
        assertTrue(refused.getMessage().contains("who approves (-b)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("a resolution of objection 1"), refused.getMessage());
        assertEquals(Status.DISCUSSION, StrategyStore.load(client, "growth").status());

        commands.resolve("growth", 1, "Discount", "grid", "added");
        assertTrue(commands.approve("Head of sales", "2026-12-20", "growth").contains("approved by Head of sales"));
        IllegalArgumentException frozen = assertThrows(IllegalArgumentException.class,
                () -> commands.text("", "growth", "pricing-policy", "new"));
        assertTrue(frozen.getMessage().contains("approved and frozen"), frozen.getMessage());
        commands.revise("growth");
        commands.text("", "growth", "pricing-policy", "Prices", "+5%");
        String cmp = commands.compare("growth", "1", "current");
        assertTrue(cmp.contains("pricing-policy"), cmp);
        assertTrue(commands.versions("growth").contains("Head of sales"));

        // the deliverable shows the latest approved version, in the language asked for
        List<ReportBlock> report = new StrategyReportSection(workspace).content(new ReportRequest(ClientId.of("acme"),
                Locale.forLanguageTag("ru")));
        assertEquals(new ReportBlock.Heading("Growth 2027"), report.get(0));
        assertEquals(new ReportBlock.Paragraph("Версия 1, утверждён; период 2027; утвердил Head of sales"), report.get(1));
        assertTrue(report.contains(new ReportBlock.Heading("Ценовая политика")), report.toString());
        assertTrue(report.contains(new ReportBlock.Paragraph("Text of pricing-policy")), "the approved text, not the draft's");
        assertEquals("Стратегия продаж", new StrategyReportSection(workspace).title(Locale.forLanguageTag("ru")));
    }

    @Test
    void aDanglingLinkIsRefusedAndTheDocumentStaysAsSaved() {
        commands._new("", "", "", "s");
        String before = saved("s");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.link("s", "sales-model", "strategy:gone"));
        assertTrue(e.getMessage().contains("strategy:gone: the object gone no longer exists; nothing was changed"), e.getMessage());
        assertEquals(before, saved("s"));
        // a link that resolves when made and whose object disappears later shows as missing, never fails
        commands._new("", "", "", "other");
        commands.link("s", "sales-model", "strategy:other");
        client.save("strategy/other", StrategyStore.TYPE, StrategyDocument.create("other", "Other", ""));
        assertTrue(commands.show("current", "s").contains("strategy:other: Other draft v1"));
    }

    @Test
    void templatesFromAnUnknownBundleGetAClearMessage() {
        commands.addTemplate(new DocumentTemplate() {
            public String id() {
                return "demo-consulting.quarterly-review";
            }

            public String kind() {
                return "strategy";
            }

            public Set<Locale> locales() {
                return Set.of(Locale.ENGLISH);
            }

            public String title(Locale l) {
                return "Quarterly business review";
            }

            public String content(Locale l) {
                return "# Quarterly business review\n\n1. Plan vs actual\n";
            }
        }, "com.salesworkbench.example.client");
        String list = commands.templates("");
        assertTrue(list.contains("strategy.anti-crisis") && list.contains("com.salesworkbench.example.client"), list);
        commands._new("2027", "", "demo-consulting.quarterly-review", "q");
        assertTrue(commands.show("current", "q").contains("Quarterly business review"));

        commands._new("", "", "", "s");
        String before = saved("s");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> commands.apply("operational", "s", "acme.review"));
        assertTrue(e.getMessage().startsWith("Template 'acme.review': no running bundle contributes templates of 'acme'"), e.getMessage());
        assertEquals(before, saved("s"));
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> commands.apply("operational", "s", "strategy.nope"));
        assertTrue(e2.getMessage().startsWith("No template 'strategy.nope'; known:"), e2.getMessage());
        commands.apply("medium", "s", "strategy.client-policies");
        assertTrue(StrategyStore.load(client, "s").chapters().stream().anyMatch(c -> c.text().contains("- [ ] Pricing.")));
        assertThrows(IllegalArgumentException.class, () -> commands._new("", "", "acme.review", "t"));
        assertTrue(StrategyStore.find(client, "t").isEmpty(), "a refused new document is not saved");
    }

    @Test
    void goalsActionsRisksAndEngagement() {
        commands._new("2027", "", "", "s");
        commands.goal("", "strategic", "CEO", "2031-12-31", "30", "", "offices open", "s", "30", "offices");
        commands.goal("g1", "employee", "Petrova", "2027-06-30", "", "", "", "s", "Kazan", "office");
        commands.progress(false, "s", "g1", "4");
        String goals = commands.goals("s");
        assertTrue(goals.contains("13.3%"), goals); // 4 of 30
        commands.action("Sales", "2027-05-01", "2027-03-01=lease signed;2027-04-01=team hired", "s", "Open", "Kazan");
        commands.checkpoint("", "s", "a1", "2027-03-01");
        commands.status("s", "a1", "in-progress");
        String actions = commands.actions("s");
        assertTrue(actions.contains("1/2") && actions.contains("in progress"), actions);
        assertThrows(IllegalArgumentException.class, () -> commands.status("s", "a1", "finished"));
        commands.risk("staff-shortage", "4", "4", "hire early", "HR", "s", "No", "managers");
        assertTrue(commands.risks("s").contains("staff shortage"));
        assertTrue(commands.readiness("s", "staff-skills", "yes", "trained").contains("1 of 6 areas ready"));
        String gantt = commands.engagement("2027-02-01", "", "", "s");
        assertTrue(gantt.contains("2027-05-18") && !gantt.contains("Warning"), gantt);
        String warned = commands.engagement("", "1,1,1,13", "", "s");
        assertTrue(warned.contains("less than the usual 2-6 months"), warned);
        assertEquals(new int[] {1, 1, 1, 13}.length, StrategyStore.load(client, "s").engagement().stages().size());
    }

    @Test
    void builtinTemplatesExistInEveryLanguage() throws IOException {
        List<DataTemplate> all = DataTemplate.builtin();
        assertEquals(13, all.size());
        for (DataTemplate t : all) {
            assertEquals(3, t.locales().size(), t.id());
            int items = -1;
            for (String lang : DataTemplate.LANGUAGES) {
                JsonNode n = Json.mapper().readTree(t.content(Locale.forLanguageTag(lang)));
                assertTrue(!n.path("title").asText().isBlank(), t.id() + " " + lang);
                if (items >= 0) {
                    assertEquals(items, n.path("items").size(), t.id() + " " + lang + " has as many items as English");
                }
                items = n.path("items").size();
            }
        }
        assertEquals("Восемь клиентских политик", all.stream().filter(t -> t.id().equals("strategy.client-policies")).findFirst()
                .orElseThrow().title(Locale.forLanguageTag("ru")));
    }
}
