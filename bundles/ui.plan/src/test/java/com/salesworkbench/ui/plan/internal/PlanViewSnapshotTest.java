package com.salesworkbench.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.Workspace;
import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.swing.JTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan view rendered headless on the demo plan, in each language, with the figures of table 4. */
class PlanViewSnapshotTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static List<String> texts(ViewPart part) {
        return Snapshots.texts(part.component()).stream().map(t -> t.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }

    @Test
    void showsTheDemoPlanWithItsTotalsInEveryLanguage() throws Exception {
        Workspace ws = DemoPlan.workspace(dir);
        PlanView view = new PlanView(ws, work -> () -> { });
        record Expect(Locale lang, List<String> words) {
        }
        for (Expect e : List.of(
                new Expect(Locale.ENGLISH, List.of("Manager", "Company total", "June 2026", "Plan total", "Save", "Plan summer-2026 by month")),
                new Expect(RU, List.of("Менеджер", "Итого по компании", "июнь 2026", "Итого по плану", "Сохранить", "План summer-2026 по месяцам")),
                new Expect(Locale.CHINESE, List.of("经理", "公司合计", "计划合计", "保存", "计划 summer-2026 按月")))) {
            HeadlessViewContext ctx = new HeadlessViewContext(e.lang(), RU, DemoPlan.DEMO);
            ViewPart part = view.open(ctx);
            BufferedImage img = Snapshots.render(part.component(), 1100, 700);
            assertTrue(Snapshots.inkedPixels(img) > 20_000, "painted");
            if (System.getProperty("ui.dump") != null) { // look at it: -Dui.dump=/tmp/folder
                javax.imageio.ImageIO.write(img, "png", Path.of(System.getProperty("ui.dump"), "plan-" + e.lang() + ".png").toFile());
            }
            List<String> texts = texts(part);
            assertTrue(texts.containsAll(e.words()), e.lang() + ": " + texts);
            // the client's figures are Russian whatever the language: 9 940 000 with spaces
            assertTrue(texts.containsAll(List.of("9 940 000", "3 300 000", "6 640 000", "Ivanov I.A.", "Petrov B.B.")), texts.toString());
            assertEquals(List.of(), ctx.errors());
            part.dispose();
        }
    }

    @Test
    void actualsColourTheirCellsGoodOrBad() throws Exception {
        Workspace ws = DemoPlan.workspace(dir);
        PlanPeriod june = PlanPeriod.month(YearMonth.of(2026, 6));
        // Ivanov sold more than planned for product 1 in June (600 000), Petrov less (1 365 000 planned)
        ws.client(DemoPlan.DEMO).saveSeries(DemoPlan.NAME + PlanPart.ACTUAL_SUFFIX, List.of(
                new TimeSeries("Ivanov I.A. / Product 1", june, new double[] {700_000}),
                new TimeSeries("Petrov B.B. / Product 1", june, new double[] {1_000_000})));
        PlanView view = new PlanView(ws, work -> () -> { });
        ViewPart part = view.open(new HeadlessViewContext(Locale.ENGLISH, RU, DemoPlan.DEMO));
        Snapshots.render(part.component(), 1100, 700);
        JTable table = find(part.component(), JTable.class);
        PlanTableModel model = (PlanTableModel) table.getModel();
        int juneColumn = 2;
        assertEquals(ChartStyle.GOOD, foreground(table, 0, juneColumn), "Ivanov / Product 1 above plan");
        assertEquals(ChartStyle.BAD, foreground(table, 3, juneColumn), "Petrov / Product 1 below plan");
        assertEquals(ChartStyle.BAD, foreground(table, model.getRowCount() - 1, juneColumn), "company: 1 700 000 < 3 652 500");
        assertTrue(!ChartStyle.GOOD.equals(foreground(table, 1, juneColumn)), "no actual, no colour");
        assertTrue(Snapshots.texts(part.component()).contains("Plan and actual"), "the plan-vs-actual chart is shown");
        part.dispose();
    }

    @Test
    void editsSurviveReopeningThePartUntilSaved() throws Exception {
        Workspace ws = DemoPlan.workspace(dir);
        PlanView view = new PlanView(ws, work -> () -> { });
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, RU, DemoPlan.DEMO);
        ViewPart part = view.open(ctx);
        PlanTableModel model = (PlanTableModel) find(part.component(), JTable.class).getModel();
        model.measure(com.salesworkbench.planning.PlanGrid.Measure.UNITS);
        model.setValueAt("200", 0, 2);
        assertTrue(ctx.undo().canUndo());
        part.dispose();
        ViewPart again = view.open(new HeadlessViewContext(RU, RU, DemoPlan.DEMO));
        List<String> texts = texts(again);
        assertTrue(texts.contains("10 540 000") && texts.contains("Есть несохранённые изменения"), texts.toString());
        ((PlanPart) again).save();
        assertTrue(texts(again).contains("Сохранено"));
        again.dispose();
        ViewPart third = view.open(new HeadlessViewContext(RU, RU, DemoPlan.DEMO));
        assertTrue(texts(third).contains("10 540 000"), "read back from the saved document");
    }

    @Test
    void unsavedEditsAreOpenWorkThatTheSwitchCanSave() throws Exception {
        Workspace ws = DemoPlan.workspace(dir);
        java.util.List<com.salesworkbench.api.work.OpenWork> registered = new java.util.concurrent.CopyOnWriteArrayList<>();
        PlanView view = new PlanView(ws, work -> {
            registered.add(work);
            return () -> registered.remove(work);
        });
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, RU, DemoPlan.DEMO);
        ViewPart part = view.open(ctx);
        PlanTableModel model = (PlanTableModel) find(part.component(), JTable.class).getModel();
        model.measure(com.salesworkbench.planning.PlanGrid.Measure.UNITS);
        assertEquals(List.of(), registered);
        model.setValueAt("200", 0, 2);
        model.setValueAt("300", 0, 3);
        assertEquals(1, registered.size(), "one plan, one piece of open work");
        ctx.undo().undo();
        ctx.undo().undo();
        assertEquals(List.of(), registered, "undone back to the saved plan: nothing to save");
        ctx.undo().redo();
        assertEquals(1, registered.size());
        assertTrue(registered.get(0).describe().contains("summer-2026"), registered.get(0).describe());
        // the provisioning thread (not the event thread) asks it to save before a client switch
        Thread provisioning = new Thread(() -> {
            try {
                registered.get(0).save();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        provisioning.start();
        provisioning.join(10_000);
        assertEquals(List.of(), registered, "withdrawn once saved");
        assertEquals(1_200_000L, ws.client(DemoPlan.DEMO).read("plans/" + DemoPlan.NAME,
                com.salesworkbench.planning.SalesPlan.DOCUMENT_TYPE).grid()
                .money(com.salesworkbench.planning.SalesPlan.key("Ivanov I.A.", "Product 1", "2026-06")).amount().longValue());
    }

    @Test
    void editsStillOpenWhenTheViewGoesAwayAreSaved() throws Exception {
        Workspace ws = DemoPlan.workspace(dir);
        PlanView view = new PlanView(ws, work -> () -> { });
        ViewPart part = view.open(new HeadlessViewContext(Locale.ENGLISH, RU, DemoPlan.DEMO));
        PlanTableModel model = (PlanTableModel) find(part.component(), JTable.class).getModel();
        model.measure(com.salesworkbench.planning.PlanGrid.Measure.UNITS);
        model.setValueAt("180", 0, 2);
        part.dispose();
        view.deactivate(); // the program stops
        assertEquals(180L, ws.client(DemoPlan.DEMO).read("plans/" + DemoPlan.NAME,
                com.salesworkbench.planning.SalesPlan.DOCUMENT_TYPE).grid()
                .units(com.salesworkbench.planning.SalesPlan.key("Ivanov I.A.", "Product 1", "2026-06")));
    }

    @Test
    void locksAreKeptBesideThePlanAcrossSessions() throws Exception {
        Workspace ws = DemoPlan.workspace(dir);
        ViewPart part = new PlanView(ws, work -> () -> { }).open(new HeadlessViewContext(Locale.ENGLISH, RU, DemoPlan.DEMO));
        PlanTableModel model = (PlanTableModel) find(part.component(), JTable.class).getModel();
        model.lock(List.of(model.leafKey(3, 2)), true);
        part.dispose();
        // a new session (a new view component, e.g. after a restart) reads the locks back
        ViewPart again = new PlanView(ws, work -> () -> { }).open(new HeadlessViewContext(Locale.ENGLISH, RU, DemoPlan.DEMO));
        PlanTableModel reread = (PlanTableModel) find(again.component(), JTable.class).getModel();
        assertTrue(reread.locked(3, 2), "Petrov / Product 1 / June still locked");
        assertEquals(1, reread.editor().locks().size());
        assertTrue(!reread.editor().dirty(), "locking is not an edit of the plan");
    }

    private static java.awt.Color foreground(JTable t, int row, int column) {
        return t.prepareRenderer(t.getCellRenderer(row, column), row, column).getForeground();
    }

    private static <T> T find(Component c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof java.awt.Container container) {
            for (Component child : container.getComponents()) {
                T t = find(child, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
