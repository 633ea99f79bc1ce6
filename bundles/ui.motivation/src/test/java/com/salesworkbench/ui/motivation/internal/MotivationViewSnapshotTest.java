package com.salesworkbench.ui.motivation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.ClientWorkspace;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotivationViewSnapshotTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void editorCurveAndTheGoldenStatementInEveryLanguage() throws Exception {
        ClientWorkspace client = Fixtures.client(dir);
        Path figures = Fixtures.figures(dir);
        Map<Locale, List<String>> words = Map.of(
                Locale.ENGLISH, List.of("Scheme and payout curve", "Statements", "Payout curve", "Pay per rep", "Rep", "Total",
                        "target incentive + (attainment - 1) x target incentive x factor"),
                RU, List.of("Схема и кривая выплат", "Расчётные листы", "Кривая выплат", "Выплаты по менеджерам", "Менеджер", "Итого"),
                Locale.CHINESE, List.of("方案与薪酬曲线", "薪酬明细", "薪酬曲线", "各销售人员薪酬", "销售人员", "合计"));
        for (Locale language : List.of(Locale.ENGLISH, RU, Locale.CHINESE)) {
            HeadlessViewContext context = new HeadlessViewContext(language, RU, ClientId.of("acme"));
            MotivationPart part = new MotivationPart(context, client, Fixtures.rules(), null);
            assertTrue(part.acceptsFiles(List.of(figures)));
            part.importFiles(List.of(figures));
            assertEquals(List.of(), context.errors());
            BufferedImage image = Snapshots.render(part.component(), 1200, 800);
            List<String> texts = Snapshots.texts(part.component());
            assertTrue(Snapshots.inkedPixels(image) > 5000);
            assertTrue(texts.containsAll(words.get(language)), language + ": " + texts);
            // anna at 130% of plan: the golden 145 000 of the accelerator, in the client's format; boris at 50%
            assertTrue(texts.contains("145\u00a0000"), texts.toString());
            assertTrue(texts.contains("50\u00a0000"), texts.toString());
            assertTrue(texts.contains("130\u00a0%"), texts.toString());
            // plan and actual of the month as the figures gave them
            assertTrue(texts.containsAll(List.of("1\u00a0000\u00a0000", "1\u00a0300\u00a0000", "500\u00a0000")), texts.toString());
            part.dispose();
        }
    }

    @Test
    void aRefusedValueIsNamedTheEditIsUndoneAndSavedAsTheNextRevision() throws Exception {
        ClientWorkspace client = Fixtures.client(dir);
        HeadlessViewContext context = new HeadlessViewContext(RU, RU, ClientId.of("acme"));
        MotivationPart part = new MotivationPart(context, client, Fixtures.rules(), null);
        part.editParameters(0, "{factor: ");
        assertTrue(Snapshots.texts(part.component()).stream().anyMatch(s -> s.startsWith("Правило «acc»: параметры — не объект JSON")),
                Snapshots.texts(part.component()).toString());
        part.editParameters(0, "{\"targetIncentive\": 100000, \"factor\": 3}");
        assertTrue(part.editor().dirty());
        assertTrue(context.undo().canUndo());
        context.undo().undo();
        assertFalse(part.editor().dirty());
        context.undo().redo();
        part.saveScheme();
        assertEquals(2, client.read(PaySchemes.path("golden"), PaySchemes.SCHEME).revision());
        assertTrue(context.statuses().contains("Схема мотивации golden сохранена, редакция 2"), context.statuses().toString());
        // a figures file with a bad date is refused with its line, nothing changes
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "person,team,date,metric,value\nanna,north,2026-13-01,plan,1\n", StandardCharsets.UTF_8);
        part.importFiles(List.of(bad));
        assertEquals(1, context.errors().size());
        assertEquals("Строка 2: дата '2026-13-01' не в формате ГГГГ-ММ-ДД", context.errors().get(0).error().getMessage());
        part.dispose();
    }
}
