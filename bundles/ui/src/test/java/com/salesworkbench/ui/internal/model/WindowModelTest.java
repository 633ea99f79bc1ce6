package com.salesworkbench.ui.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.WorkbenchCommand;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.ui.internal.UiTexts;
import com.salesworkbench.ui.internal.swing.PartPanels;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.undo.AbstractUndoableEdit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowModelTest {

    private final Fakes.Host host = new Fakes.Host();
    private final WindowModel model = new WindowModel(host, Locale.ENGLISH);
    private final List<WindowModel.Change> changes = new ArrayList<>();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    WindowModelTest() {
        model.addListener(changes::add);
    }

    @Test
    void everyKnownPerspectiveIsOfferedAndAPluginsOwnPerspectiveJoinsWhileItsViewIsRegistered() {
        assertEquals(List.of("plan", "forecast", "seasonality", "funnel", "motivation", "strategy", "swot"), model.perspectives());
        assertFalse(model.installed("plan"));
        Fakes.View grid = new Fakes.View("plan.grid");
        Fakes.View acme = new Fakes.View("acme.board");
        model.addView(Fakes.entry(grid, "plan", 0));
        model.addView(Fakes.entry(acme, "acme", 0));
        assertTrue(model.installed("plan"));
        assertEquals("acme", model.perspectives().get(7));
        assertEquals(List.of("acme.board"), model.views("acme").stream().map(ViewEntry::id).toList());
        assertTrue(changes.contains(WindowModel.Change.VIEWS));

        model.removeView(acme);
        assertEquals(7, model.perspectives().size());
        assertFalse(model.installed("acme"));
        assertEquals("Funnel", UiTexts.perspective(UiTexts.of(Locale.ENGLISH), "funnel"));
        assertEquals("Воронка", UiTexts.perspective(UiTexts.of(Locale.forLanguageTag("ru")), "funnel"));
        assertEquals("acme", UiTexts.perspective(UiTexts.of(Locale.ENGLISH), "acme"));
    }

    @Test
    void viewsAreOrderedAndPartsOpenWhenShownAndCloseWithTheirService() {
        Fakes.View second = new Fakes.View("plan.second");
        Fakes.View first = new Fakes.View("plan.first");
        model.addView(Fakes.entry(second, "plan", 20));
        model.addView(Fakes.entry(first, "plan", 10));
        assertEquals(List.of("plan.first", "plan.second"), model.views("plan").stream().map(ViewEntry::id).toList());
        assertEquals("plan.first", model.selectedView("plan").orElseThrow().id());
        assertTrue(model.openParts().isEmpty(), "nothing opens before it is shown");

        Part p = model.select("plan.second");
        assertEquals(1, second.opened.size());
        assertSame(p, model.activePart().orElseThrow());
        assertSame(p, model.select("plan.second"), "selecting again reuses the open part");
        assertEquals(1, second.opened.size());

        model.removeView(second);
        assertTrue(second.opened.get(0).disposed, "the part of a withdrawn view is disposed");
        assertTrue(model.openParts().isEmpty());
        assertEquals("plan.first", model.selectedView("plan").orElseThrow().id(), "selection falls back to what is left");
    }

    @Test
    void aViewThatThrowsWhileOpeningGetsAFailedPartAndTheRestKeepsWorking() {
        Fakes.View broken = new Fakes.View("swot.broken");
        broken.failure = new IllegalStateException("no board for this client");
        Fakes.View fine = new Fakes.View("swot.fine");
        model.addView(Fakes.entry(broken, "swot", 0));
        model.addView(Fakes.entry(fine, "swot", 1));

        Part failed = model.select("swot.broken");
        assertTrue(failed.part().isEmpty());
        assertEquals("no board for this client", failed.failure().orElseThrow().getMessage());
        assertEquals("swot.broken (test.bundle)", failed.where());
        List<String> texts = Snapshots.texts(PartPanels.error(failed, UiTexts.of(Locale.ENGLISH)));
        assertTrue(texts.contains("The view \"swot.broken\" could not be opened."), texts.toString());
        assertTrue(texts.contains("Where: swot.broken (test.bundle)"), texts.toString());
        assertTrue(texts.contains("What went wrong: no board for this client"), texts.toString());

        Part ok = model.select("swot.fine");
        assertTrue(ok.part().isPresent());
        assertEquals(1, fine.opened.size());
    }

    @Test
    void aPerspectiveWithoutItsModuleSaysSoInTheWindowsLanguage() {
        List<String> ru = Snapshots.texts(PartPanels.notInstalled("funnel", UiTexts.of(Locale.forLanguageTag("ru"))));
        assertEquals("Модуль «Воронка» не установлен для этого клиента.", ru.get(0));
        assertTrue(ru.get(1).contains("«funnel»"), ru.toString());
        List<String> zh = Snapshots.texts(PartPanels.notInstalled("plan", UiTexts.of(Locale.forLanguageTag("zh"))));
        assertEquals("此客户未安装模块“计划”。", zh.get(0));
        assertTrue(zh.get(1).contains("“planning”"), zh.toString());
    }

    @Test
    void aClientOrLanguageChangeDisposesEveryPartAndReopensTheVisibleOneForTheNewContext() {
        Fakes.View grid = new Fakes.View("plan.grid");
        Fakes.View chart = new Fakes.View("plan.chart");
        model.addView(Fakes.entry(grid, "plan", 0));
        model.addView(Fakes.entry(chart, "plan", 1));
        model.setClient(ClientId.of("demo"), Locale.forLanguageTag("ru-RU"));
        model.select("plan.chart");
        model.select("plan.grid");
        assertEquals("demo/en", grid.opened.get(0).label.getText());

        model.setClient(ClientId.of("acme"), Locale.UK);
        assertTrue(grid.opened.get(0).disposed);
        assertTrue(chart.opened.get(0).disposed);
        assertEquals(2, grid.opened.size(), "the visible part is rebuilt at once");
        assertEquals("acme/en", grid.opened.get(1).label.getText());
        assertEquals(1, chart.opened.size(), "a hidden part reopens when it is shown");
        assertEquals(1, model.openParts().size());

        model.setLanguage(Locale.forLanguageTag("zh"));
        assertTrue(grid.opened.get(1).disposed);
        assertEquals("acme/zh", grid.opened.get(2).label.getText());
        assertEquals("plan.grid@zh", model.title(model.view("plan.grid").orElseThrow()));

        model.setTheme(Theme.DARK);
        assertEquals(4, grid.opened.size(), "a theme change rebuilds parts so charts take the new style");
        model.disposeAll();
        assertTrue(grid.opened.get(3).disposed);
    }

    @Test
    void undoAndRedoActOnTheActivePartOnly() {
        Fakes.View a = new Fakes.View("plan.a");
        Fakes.View b = new Fakes.View("forecast.b");
        model.addView(Fakes.entry(a, "plan", 0));
        model.addView(Fakes.entry(b, "forecast", 0));
        ViewContext ca = model.select("plan.a").context();
        ViewContext cb = model.select("forecast.b").context();
        int[] value = {0};
        ca.undo().addEdit(new Counter(value, 1));
        value[0] = 1;
        cb.undo().addEdit(new Counter(new int[1], 5));
        assertFalse(model.canRedo());

        model.showPerspective("plan");
        assertTrue(model.canUndo());
        model.undo();
        assertEquals(0, value[0]);
        assertTrue(cb.undo().canUndo(), "the other part's history is untouched");
        assertTrue(model.canRedo());
        model.redo();
        assertEquals(1, value[0]);
        assertSame(ca, model.commandContext(), "commands run with the active part's context");
    }

    @Test
    void commandsComeAndGoAndAreGroupedByMenu() {
        WorkbenchCommand backtest = command("forecast.backtest");
        WorkbenchCommand export = command("io.export");
        model.addCommand(new CommandEntry(backtest, "forecast", true, "ui.forecast"));
        model.addCommand(new CommandEntry(export, null, false, "io"));
        assertEquals(List.of("forecast.backtest"), model.commands("forecast").stream().map(CommandEntry::id).toList());
        assertEquals(List.of("io.export"), model.commands("tools").stream().map(CommandEntry::id).toList(), "no menu: tools");
        model.removeCommand(backtest);
        assertEquals(List.of("io.export"), model.commands().stream().map(CommandEntry::id).toList());
        assertTrue(changes.contains(WindowModel.Change.COMMANDS));
    }

    @Test
    void droppedFilesGoToThePartThatTakesThem() {
        Fakes.View v = new Fakes.View("plan.grid");
        model.addView(Fakes.entry(v, "plan", 0));
        assertFalse(model.importFiles("plan.grid", List.of(Path.of("a.csv"))), "a closed part takes nothing");
        model.select("plan.grid");
        assertFalse(model.importFiles("plan.grid", List.of(Path.of("a.pdf"))));
        assertTrue(model.importFiles("plan.grid", List.of(Path.of("a.csv"))));
        assertEquals(List.of(List.of(Path.of("a.csv"))), v.opened.get(0).imported);
    }

    @Test
    void theLayoutIsKeptInTheClientsWorkspaceAndRestored(@TempDir Path dir) throws Exception {
        Fakes.View a = new Fakes.View("plan.a");
        Fakes.View b = new Fakes.View("plan.b");
        Fakes.View f = new Fakes.View("forecast.f");
        model.addView(Fakes.entry(a, "plan", 0));
        model.addView(Fakes.entry(b, "plan", 1));
        model.addView(Fakes.entry(f, "forecast", 0));
        model.select("plan.b");
        model.select("forecast.f");
        model.setTheme(Theme.DARK);
        Layout layout = model.layout().withBounds(10, 20, 1000, 700, false).withDivider(222);
        assertEquals("forecast", layout.perspective());
        assertEquals(Map.of("plan", "plan.b", "forecast", "forecast.f"), layout.selectedViews());

        try (Workspace ws = Workspace.open(dir)) {
            ClientWorkspace client = ws.create(ClientId.of("acme"));
            client.save(Layout.DOCUMENT, Layout.TYPE, layout);
            Layout back = client.read(Layout.DOCUMENT, Layout.TYPE);
            assertEquals(layout, back);

            WindowModel other = new WindowModel(host, Locale.ENGLISH);
            other.addView(Fakes.entry(new Fakes.View("plan.a"), "plan", 0));
            other.addView(Fakes.entry(new Fakes.View("plan.b"), "plan", 1));
            other.restore(back);
            assertEquals("forecast", other.activePerspective());
            assertEquals("plan.b", other.selectedView("plan").orElseThrow().id());
            assertEquals(Theme.DARK, Theme.parse(back.theme()));
            assertEquals(222, back.divider());
        }
        assertEquals(Layout.DEFAULT.perspective(), new Layout(null, null, 0, 0, 0, 0, false, 0, "nonsense").perspective());
        assertEquals("LIGHT", new Layout(null, null, 0, 0, 0, 0, false, 0, "nonsense").theme());
    }

    @Test
    void undoStateFollowsTheActivePartsHistoryAndNamesTheEdit() {
        Fakes.View a = new Fakes.View("plan.a");
        Fakes.View b = new Fakes.View("forecast.b");
        model.addView(Fakes.entry(a, "plan", 0));
        model.addView(Fakes.entry(b, "forecast", 0));
        ViewContext ca = model.select("plan.a").context();
        assertFalse(model.canUndo());
        assertFalse(model.canRedo());
        assertEquals("", model.undoName());
        changes.clear();
        new com.salesworkbench.ui.EditedValue<>("B3 = 1", ca.undo()).change("B3 = 2", "cell B3");
        assertTrue(changes.contains(WindowModel.Change.UNDO), "an edit tells the window");
        assertTrue(model.canUndo());
        assertEquals("cell B3", model.undoName());
        assertFalse(model.canRedo());

        changes.clear();
        model.undo();
        assertTrue(changes.contains(WindowModel.Change.UNDO));
        assertFalse(model.canUndo());
        assertTrue(model.canRedo());
        assertEquals("cell B3", model.redoName());

        model.select("forecast.b");
        assertFalse(model.canRedo(), "another part's history is its own");
        model.select("plan.a");
        assertTrue(model.canRedo());
        changes.clear();
        ca.undo().discardAllEdits();
        assertTrue(changes.contains(WindowModel.Change.UNDO));
        assertFalse(model.canRedo());
    }

    @Test
    void quittingSavesEveryOpenWorkAndAFailedSaveStopsTheQuit() {
        List<String> log = new ArrayList<>();
        com.salesworkbench.api.work.OpenWork plan = work("plan Q3", log, null);
        com.salesworkbench.api.work.OpenWork scheme = work("scheme sales", log, null);
        OpenWorkSaver.Outcome ok = OpenWorkSaver.saveAll(List.of(plan, scheme));
        assertTrue(ok.mayQuit());
        assertEquals(List.of("plan Q3", "scheme sales"), ok.saved());
        assertEquals(List.of("saved plan Q3", "saved scheme sales"), log);

        log.clear();
        com.salesworkbench.api.work.OpenWork broken = work("strategy 2027", log, new IllegalStateException("disk full"));
        OpenWorkSaver.Outcome refused = OpenWorkSaver.saveAll(List.of(plan, broken, scheme));
        assertFalse(refused.mayQuit(), "a failed save keeps the program open");
        assertEquals("strategy 2027", refused.failure().orElseThrow().what());
        assertEquals("disk full", refused.failure().orElseThrow().error().getMessage());
        assertEquals(List.of("saved plan Q3"), log, "nothing after the failure is touched");
        assertTrue(OpenWorkSaver.saveAll(List.of()).mayQuit());
    }

    private static com.salesworkbench.api.work.OpenWork work(String name, List<String> log, Exception failure) {
        return new com.salesworkbench.api.work.OpenWork() {
            @Override
            public String describe() {
                return name;
            }

            @Override
            public void save() throws Exception {
                if (failure != null) {
                    throw failure;
                }
                log.add("saved " + name);
            }
        };
    }

    private static WorkbenchCommand command(String id) {
        return new WorkbenchCommand() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label(Locale locale) {
                return id;
            }

            @Override
            public void execute(ViewContext context) {
            }
        };
    }

    private static final class Counter extends AbstractUndoableEdit {
        private static final long serialVersionUID = 1L;
        private final int[] value;
        private final int delta;

        Counter(int[] value, int delta) {
            this.value = value;
            this.delta = delta;
        }

        @Override
        public void undo() {
            super.undo();
            value[0] -= delta;
        }

        @Override
        public void redo() {
            super.redo();
            value[0] += delta;
        }
    }
}
