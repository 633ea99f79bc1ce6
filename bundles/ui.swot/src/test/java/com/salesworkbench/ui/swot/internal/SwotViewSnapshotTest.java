package com.salesworkbench.ui.swot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.internal.FileWorkspace;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwotViewSnapshotTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private ClientWorkspace client() throws Exception {
        ClientWorkspace c = FileWorkspace.open(dir.resolve("ws")).create(ClientId.of("acme"));
        BoardEditor e = BoardEditorTest.example(new UndoManager());
        e.addStrategy("W1, O1", "Key account managers for the new districts");
        e.save(c);
        return c;
    }

    @Test
    void quadrantsTowsAndTheWorkedExamplesScoresInEveryLanguage() throws Exception {
        ClientWorkspace client = client();
        Map<Locale, List<String>> words = Map.of(
                Locale.ENGLISH, List.of("Strengths", "Weaknesses", "Opportunities", "Threats", "TOWS strategies",
                        "Factor scores (weight x rating)", "Internal-external matrix",
                        "Internal score 2.5, external score 2.7: cell 5 of the internal-external matrix, hold and maintain"),
                RU, List.of("Сильные стороны", "Угрозы", "Стратегии TOWS", "Оценка факторов (вес x оценка)",
                        "Внутренняя оценка 2,5, внешняя оценка 2,7: ячейка 5 матрицы внутренних и внешних факторов, удерживать позиции"),
                Locale.CHINESE, List.of("优势", "劣势", "机会", "威胁", "TOWS 战略", "内部-外部矩阵",
                        "内部得分 2.5，外部得分 2.7：内部-外部矩阵第 5 格，保持与维持"));
        for (Locale language : List.of(Locale.ENGLISH, RU, Locale.CHINESE)) {
            // the client's figures in its own locale: English clients see 2.5, the Russian one 2,5
            Locale clientLocale = language == RU ? RU : Locale.US;
            HeadlessViewContext context = new HeadlessViewContext(language, clientLocale, ClientId.of("acme"));
            SwotPart part = new SwotPart(context, client, null);
            BufferedImage image = Snapshots.render(part.component(), 1200, 800);
            List<String> texts = Snapshots.texts(part.component());
            assertTrue(Snapshots.inkedPixels(image) > 5000);
            assertTrue(texts.containsAll(words.get(language)), language + ": " + texts);
            assertTrue(texts.containsAll(List.of("Strong brand in the home region", "S1", "T1", "WO",
                    "Key account managers for the new districts", "W1, O1")), texts.toString());
            part.dispose();
        }
    }

    @Test
    void editingInPlaceIsUndoableRefusalsAreNamedAndSaveWritesTheBoard() throws Exception {
        ClientWorkspace client = client();
        HeadlessViewContext context = new HeadlessViewContext(RU, RU, ClientId.of("acme"));
        SwotPart part = new SwotPart(context, client, null);
        part.edit("S1", 2, "2");
        assertTrue(Snapshots.texts(part.component()).contains("Пункт S1: вес «2» — не число от 0 до 1"));
        part.edit("S1", 2, "0,25");
        // the internal weights now add to 0.95: the module's own refusal, in Russian
        assertTrue(Snapshots.texts(part.component()).stream().anyMatch(s -> s.startsWith("Веса internal факторов в сумме дают 0.95")),
                Snapshots.texts(part.component()).toString());
        part.newItemText(Quadrant.THREAT, "New competitor");
        part.addItem(Quadrant.THREAT);
        part.towsForm("S1", "alone");
        part.addStrategy();
        assertTrue(Snapshots.texts(part.component()).stream().anyMatch(s -> s.contains("TOWS")), "the module's refusal is shown");
        context.undo().undo();
        assertEquals(8, part.editor().board().items().size());
        part.saveBoard();
        assertEquals(0, new java.math.BigDecimal("0.25").compareTo(SwotStore.load(client, "main").item("S1").weight()));
        assertEquals(List.of("SWOT-доска main сохранена"), context.statuses());
        part.dispose();
    }

    @Test
    void theBoardIsReadInTheBackgroundAndUnsavedEditsAreSavedWhenThePartCloses() throws Exception {
        ClientWorkspace client = client();
        HeadlessViewContext context = new HeadlessViewContext(Locale.ENGLISH, RU, ClientId.of("acme"));
        SwotPart part = new SwotPart(context, client, null);
        assertEquals(List.of("Reading SWOT board "), context.tasksRun(), "open() leaves the reading to a background task");
        part.newItemText(Quadrant.THREAT, "New competitor");
        part.addItem(Quadrant.THREAT);
        part.dispose(); // the language changes, the client switches or the view's bundle leaves
        assertTrue(SwotStore.load(client, "main").items().stream().anyMatch(i -> i.text().equals("New competitor")),
                "saved on close");
        assertEquals(List.of("SWOT board main saved"), context.statuses());
        assertEquals(List.of(), context.errors());
    }
}
