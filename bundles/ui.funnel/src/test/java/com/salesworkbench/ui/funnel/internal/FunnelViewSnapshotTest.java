package com.salesworkbench.ui.funnel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.funnel.PipelineStore;
import com.salesworkbench.io.internal.Importer;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.ClientWorkspace;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelViewSnapshotTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static HeadlessViewContext context(Locale language) {
        return new HeadlessViewContext(language, RU, ClientId.of("acme"));
    }

    private static String nbsp(String s) {
        return s.replace(' ', '\u00a0');
    }

    @Test
    void droppedHistoryShowsTheFunnelAndTheReverseFunnelOfTheDomainExampleInEveryLanguage() throws Exception {
        ClientWorkspace client = Pipelines.client(dir);
        Path csv = Pipelines.history(dir);
        Map<Locale, List<String>> expected = Map.of(
                Locale.ENGLISH, List.of("Reverse funnel", "Stage funnel", "Reverse funnel: what the target needs", "Required", "deals"),
                RU, List.of("Обратная воронка", "Воронка по этапам", "Обратная воронка: что нужно для цели", "Требуется", "сделки"),
                Locale.CHINESE, List.of("反向漏斗", "阶段漏斗", "反向漏斗：实现目标所需", "所需", "成交"));
        boolean imported = false;
        for (Locale language : List.of(Locale.ENGLISH, RU, Locale.CHINESE)) {
            HeadlessViewContext context = context(language);
            FunnelPart part = new FunnelPart(context, client);
            if (!imported) {
                assertTrue(part.acceptsFiles(List.of(csv, dir.resolve("plan.xlsx"), dir.resolve("old.xls"))));
                assertFalse(part.acceptsFiles(List.of(dir.resolve("notes.pdf"))));
                Pipelines.load(client, csv, "history-2025");
                part.dispose();
                part = new FunnelPart(context, client);
                imported = true;
            }
            field(part.component(), 0).setText("10 000 000"); // the target, typed as people do
            BufferedImage image = Snapshots.render(part.component(), 1100, 700);
            List<String> texts = Snapshots.texts(part.component());
            assertTrue(Snapshots.inkedPixels(image) > 5000);
            assertTrue(texts.containsAll(expected.get(language)), language + ": " + texts);
            // golden figures of the reverse funnel in the client's (Russian) format: 3 125, 2 500, 1 000, 100
            // 32 won of 1 000 leads, 968 lost: win rate and overall conversion 3.2%
            assertTrue(texts.stream().anyMatch(x -> x.contains("968") && x.contains("3,2\u00a0%")), texts.toString());
            for (String n : List.of("3 125", "2 500", "1 000", "100", "80 %", "40 %", "10 %")) {
                assertTrue(texts.contains(nbsp(n)), n + " in " + texts);
            }
            part.dispose();
        }
    }

    @Test
    void simulationDrawsTheRangeAndRejectedRowsAreReportedWithTheirLine() throws Exception {
        ClientWorkspace client = Pipelines.client(dir);
        HeadlessViewContext context = context(RU);
        FunnelPart part = new FunnelPart(context, client);
        assertTrue(Snapshots.texts(part.component()).stream().anyMatch(s -> s.startsWith("У клиента ещё нет воронки")));
        assertEquals(List.of("Чтение воронки "), context.tasksRun(), "the pipelines are listed by a background task");
        // dropped, the file goes through the window's import (io): the bad amount is named, nothing is written
        HeadlessViewContext dropped = context(RU).withImport(new Importer());
        FunnelPart target = new FunnelPart(dropped, client);
        target.importFiles(List.of(Pipelines.open(dir)));
        // the bad amount is among the rows the import dialog shows: it says where, Import stays off
        assertEquals(1, dropped.importDialogs().size());
        String error = String.join("\n", dropped.importDialogs().get(0));
        assertTrue(error.contains("crystal.csv, строка 9, столбец D (amount)") && error.contains("lots"), error);
        assertTrue(dropped.importDialogs().get(0).contains("Воронка (сделки)"), error);
        assertEquals(List.of(), PipelineStore.names(client));
        target.dispose();
        Pipelines.load(client, Pipelines.open(dir), "crystal");
        part.dispose();
        part = new FunnelPart(context, client);
        part.simulate();
        List<String> texts = Snapshots.texts(part.component());
        assertTrue(texts.contains("Диапазон воронки"), texts.toString());
        assertTrue(texts.stream().anyMatch(s -> s.startsWith("P10 ") && s.contains("вероятность плана") && s.contains("10\u00a0000 прогонов")),
                texts.toString());
        assertTrue(context.statuses().contains("Диапазон воронки crystal рассчитан"), context.statuses().toString());
        part.dispose();
    }

    /** The n-th text field of the reverse-funnel form (0 target, 1 month, 2 deal, 3 reps). */
    private static JTextField field(JComponent root, int n) {
        List<JTextField> fields = new java.util.ArrayList<>();
        collect(root, fields);
        // the first field is the plan in the tool bar
        return fields.get(n + 1);
    }

    private static void collect(java.awt.Component c, List<JTextField> out) {
        if (c instanceof JTextField f) {
            out.add(f);
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component x : k.getComponents()) {
                collect(x, out);
            }
        }
    }
}
