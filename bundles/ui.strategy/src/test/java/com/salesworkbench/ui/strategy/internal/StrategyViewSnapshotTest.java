package com.salesworkbench.ui.strategy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.strategy.GoalKind;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.internal.FileWorkspace;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyViewSnapshotTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private ClientWorkspace client() throws Exception {
        ClientWorkspace c = FileWorkspace.open(dir.resolve("ws")).create(ClientId.of("acme"));
        StrategyDocument d = StrategyDocument.create("plan-2027", "Sales strategy 2027", "2027")
                .withChapterText("market-opportunities", "New residential districts in the north.")
                .withGoal("", GoalKind.FINANCIAL, "Revenue 120 million", "Head of sales", java.time.LocalDate.of(2027, 12, 31),
                        new java.math.BigDecimal("120000000"), null, "")
                .withAction("Hire two key account managers", "HR", java.time.LocalDate.of(2027, 3, 1), List.of(), List.of());
        StrategyStore.save(c, d);
        return c;
    }

    @Test
    void chaptersGoalsAndTheActionPlanInEveryLanguage() throws Exception {
        ClientWorkspace client = client();
        Map<Locale, List<String>> words = Map.of(
                Locale.ENGLISH, List.of("Chapters", "Goals", "Action plan", "Long term: Market opportunities for growth",
                        "Medium term: Pricing policy", "financial", "planned", "Sales strategy 2027, 2027: version 1, draft"),
                RU, List.of("Разделы", "Цели", "План мероприятий", "Среднесрочная: Ценовая политика", "финансовая", "запланировано",
                        "Sales strategy 2027, 2027: версия 1, черновик"),
                Locale.CHINESE, List.of("章节", "目标", "行动计划", "中期：定价政策", "财务", "已计划"));
        for (Locale language : List.of(Locale.ENGLISH, RU, Locale.CHINESE)) {
            HeadlessViewContext context = new HeadlessViewContext(language, RU, ClientId.of("acme"));
            StrategyPart part = new StrategyPart(context, client, null);
            BufferedImage image = Snapshots.render(part.component(), 1200, 800);
            List<String> texts = Snapshots.texts(part.component());
            assertTrue(Snapshots.inkedPixels(image) > 5000);
            assertTrue(texts.containsAll(words.get(language)), language + ": " + texts);
            assertTrue(texts.containsAll(List.of("New residential districts in the north.", "Revenue 120 million",
                    "120\u00a0000\u00a0000", "2027-12-31", "Hire two key account managers")), texts.toString());
            part.dispose();
        }
    }

    @Test
    void typedChapterTextAndAGoalAreUndoableRefusalsNamedAndSaved() throws Exception {
        ClientWorkspace client = client();
        HeadlessViewContext context = new HeadlessViewContext(RU, RU, ClientId.of("acme"));
        StrategyPart part = new StrategyPart(context, client, null);
        part.goalForm("", GoalKind.EMPLOYEE, "Ten key accounts", "Ivanov", "31.12.2027", "10");
        part.clickAddGoal();
        assertTrue(Snapshots.texts(part.component()).contains("Поле «Срок»: «31.12.2027» — не дата (2027-03-31)"));
        part.goalForm("", GoalKind.EMPLOYEE, "Ten key accounts", "Ivanov", "2027-12-31", "10");
        part.clickAddGoal();
        assertEquals(2, part.editor().document().goals().size());
        part.typeChapterText("sales-model", "Direct sales and two distributors.");
        part.applyChapterText();
        context.undo().undo();
        assertEquals("", part.editor().document().chapter("sales-model").text());
        context.undo().redo();
        part.saveDocument();
        StrategyDocument saved = StrategyStore.load(client, "plan-2027");
        assertEquals("Direct sales and two distributors.", saved.chapter("sales-model").text());
        assertEquals("Ten key accounts", saved.goals().get(1).title());
        assertEquals(List.of("Стратегия «Sales strategy 2027», версия 1, сохранена"), context.statuses());
        part.dispose();
    }

    @Test
    void theDocumentIsReadInTheBackgroundAndUnsavedEditsAreSavedWhenThePartCloses() throws Exception {
        ClientWorkspace client = client();
        HeadlessViewContext context = new HeadlessViewContext(Locale.ENGLISH, RU, ClientId.of("acme"));
        StrategyPart part = new StrategyPart(context, client, null);
        assertEquals(List.of("Reading strategy document "), context.tasksRun(), "open() leaves the reading to a background task");
        part.typeChapterText("sales-model", "Two distributors in the south."); // typed, not applied yet
        part.dispose(); // the language changes, the client switches or the view's bundle leaves
        StrategyDocument saved = StrategyStore.load(client, "plan-2027");
        assertEquals("Two distributors in the south.", saved.chapter("sales-model").text());
        assertEquals(List.of(), context.errors());
        assertEquals(1, context.statuses().size(), context.statuses().toString());
    }
}
