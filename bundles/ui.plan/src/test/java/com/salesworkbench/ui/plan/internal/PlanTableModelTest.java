package com.salesworkbench.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.PlanningException;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table behind the plan grid, on the demo summer plan (table 4 of the planning article). */
class PlanTableModelTest {

    @TempDir
    Path dir;
    private Workspace workspace;
    private PlanEditor editor;
    private PlanTableModel model;
    private final UndoManager undo = new UndoManager();

    @BeforeEach
    void open() throws Exception {
        workspace = DemoPlan.workspace(dir);
        SalesPlan plan = workspace.client(DemoPlan.DEMO).read("plans/" + DemoPlan.NAME, SalesPlan.DOCUMENT_TYPE);
        editor = new PlanEditor(DemoPlan.NAME, plan, Map.of());
        model = new PlanTableModel(editor, Locale.ENGLISH, new Formats(Locale.forLanguageTag("en-US")), undo);
    }

    private int row(String first, String second) {
        for (int r = 0; r < model.getRowCount(); r++) {
            if (model.getValueAt(r, 0).equals(first) && model.getValueAt(r, 1).equals(second)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first + " / " + second);
    }

    private int column(String name) {
        for (int c = 0; c < model.getColumnCount(); c++) {
            if (model.getColumnName(c).equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private String cell(String first, String second, String column) {
        return (String) model.getValueAt(row(first, second), column(column));
    }

    @Test
    void rowsAndColumnsWithTheSubtotalsOfTable4() {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < model.getColumnCount(); c++) {
            columns.add(model.getColumnName(c));
        }
        assertEquals(List.of("Manager", "Product", "June 2026", "July 2026", "August 2026", "Q2 2026", "Q3 2026",
                "Plan total"), columns);
        // 4 leaves, 2 manager subtotals, 2 product subtotals, the company
        assertEquals(9, model.getRowCount());
        assertEquals("Company total", model.getValueAt(8, 0));
        assertEquals("9,940,000", model.getValueAt(8, column("Plan total")));
        assertEquals("3,300,000", cell("Ivanov I.A.", "Total", "Plan total"));
        assertEquals("6,640,000", cell("Petrov B.B.", "Total", "Plan total"));
        assertEquals("600,000", cell("Ivanov I.A.", "Product 1", "June 2026"));
        assertEquals("1,800,000", cell("Ivanov I.A.", "Product 1", "Plan total"));
        assertEquals("5,440,000", cell("Total", "Product 1", "Plan total"));
        assertEquals("3,652,500", model.getValueAt(8, column("June 2026")));
        assertEquals("3,652,500", model.getValueAt(8, column("Q2 2026")), "June is the plan's only month of Q2");
        model.measure(PlanGrid.Measure.UNITS);
        assertEquals("1,500", model.getValueAt(8, column("Plan total")));
        assertEquals("300", cell("Ivanov I.A.", "Product 1", "Plan total"));
    }

    @Test
    void unitsAreEditedMoneyFollowsAndEveryEditUndoesAndRedoes() {
        model.measure(PlanGrid.Measure.UNITS);
        int r = row("Ivanov I.A.", "Product 1");
        int june = column("June 2026");
        assertTrue(model.isCellEditable(r, june));
        assertFalse(model.isCellEditable(r, column("Q2 2026")), "subtotal columns are computed");
        assertFalse(model.isCellEditable(row("Ivanov I.A.", "Total"), june), "subtotal rows are computed");
        model.setValueAt("200", r, june);
        assertTrue(editor.dirty());
        model.measure(PlanGrid.Measure.MONEY);
        assertEquals("1,200,000", model.getValueAt(r, june), "200 x 5 000 x 1.2");
        assertEquals("10,540,000", model.getValueAt(8, column("Plan total")));
        assertEquals("3,900,000", cell("Ivanov I.A.", "Total", "Plan total"));
        assertFalse(model.isCellEditable(r, june), "a priced cell's money is computed from its units");

        model.measure(PlanGrid.Measure.UNITS);
        model.setValueAt("1 250", r, column("July 2026"));
        assertEquals("1,250", model.getValueAt(r, column("July 2026")));
        assertEquals("Edit units of Ivanov I.A. / Product 1 / 2026-07", undo.getUndoPresentationName().replace("Undo ", ""));
        undo.undo();
        undo.undo();
        assertFalse(editor.dirty(), "back to the saved figures");
        model.measure(PlanGrid.Measure.MONEY);
        assertEquals("9,940,000", model.getValueAt(8, column("Plan total")));
        undo.redo();
        assertEquals("10,540,000", model.getValueAt(8, column("Plan total")));
        assertTrue(editor.dirty());
    }

    @Test
    void badInputIsRefusedWithTheCellNamedAndChangesNothing() {
        model.measure(PlanGrid.Measure.UNITS);
        int r = row("Petrov B.B.", "Product 2");
        int aug = column("August 2026");
        List<String> errors = new ArrayList<>();
        model.onError((where, e) -> errors.add(where + ": " + e.getMessage()));
        model.setValueAt("-5", r, aug);
        model.setValueAt("abc", r, aug);
        model.setValueAt("2.5", r, aug);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("Petrov B.B. / Product 2 / 2026-08") && errors.get(0).contains("-5"), errors.get(0));
        assertTrue(errors.get(1).contains("abc is not a number"), errors.get(1));
        assertTrue(errors.get(2).contains("whole number"), errors.get(2));
        assertEquals("100", model.getValueAt(r, aug));
        assertFalse(editor.dirty());
        assertFalse(undo.canUndo());
        assertThrows(EditRefused.class, () -> editor.set(model.leafKey(r, aug), PlanGrid.Measure.MONEY, BigDecimal.TEN));
    }

    @Test
    void lockedCellsRefuseEditsAndLockingIsUndoable() {
        model.measure(PlanGrid.Measure.UNITS);
        int r = row("Petrov B.B.", "Product 1");
        int june = column("June 2026");
        PlanKey key = model.leafKey(r, june);
        model.lock(List.of(key), true);
        assertTrue(model.locked(r, june));
        assertFalse(model.isCellEditable(r, june));
        EditRefused e = assertThrows(EditRefused.class, () -> editor.set(key, PlanGrid.Measure.UNITS, BigDecimal.ONE));
        assertTrue(e.text(Locale.forLanguageTag("ru")).contains("закреплена"), e.text(Locale.forLanguageTag("ru")));
        assertEquals("Lock 1 cells", undo.getPresentationName());
        undo.undo();
        assertFalse(model.locked(r, june));
        model.setValueAt("0", r, june);
        assertEquals("0", model.getValueAt(r, june));
        model.setValueAt("", r, june);
        assertEquals("", model.getValueAt(r, june), "cleared");
        assertNull(editor.cell(key));
        assertEquals("1,350", model.getValueAt(8, column("Plan total")), "1 500 units less Petrov's 150 of June");
    }

    @Test
    void savesThroughThePlanningDocumentKeepingHistory() {
        model.measure(PlanGrid.Measure.UNITS);
        model.setValueAt("120", row("Ivanov I.A.", "Product 2"), column("July 2026"));
        PlanView view = new PlanView(workspace, work -> () -> { });
        view.save(DemoPlan.DEMO, editor);
        assertFalse(editor.dirty());
        SalesPlan saved = workspace.client(DemoPlan.DEMO).read("plans/" + DemoPlan.NAME, SalesPlan.DOCUMENT_TYPE);
        PlanGrid g = saved.grid();
        assertEquals(120, g.units(SalesPlan.key("Ivanov I.A.", "Product 2", "2026-07")));
        assertEquals(new BigDecimal("10015000.00"), g.total(Map.of()).amount(), "9 940 000 + 20 x 3 750");
        assertEquals(2, workspace.client(DemoPlan.DEMO).history("plans/" + DemoPlan.NAME).size(), "the first version kept");
    }

    @Test
    void aPlanThatNoLongerEvaluatesIsNotSaved() {
        PlanView view = new PlanView(workspace, work -> () -> { });
        model.measure(PlanGrid.Measure.UNITS);
        // clear every cell: an empty plan does not evaluate
        for (int r = 0; r < model.getRowCount(); r++) {
            for (int c = 0; c < model.getColumnCount(); c++) {
                if (model.isCellEditable(r, c)) {
                    PlanKey k = model.leafKey(r, c);
                    editor.set(k, PlanGrid.Measure.UNITS, null);
                }
            }
        }
        int before = workspace.client(DemoPlan.DEMO).history("plans/" + DemoPlan.NAME).size();
        assertTrue(editor.document().cells().isEmpty());
        assertThrows(PlanningException.class, () -> view.save(DemoPlan.DEMO, editor));
        assertEquals(before, workspace.client(DemoPlan.DEMO).history("plans/" + DemoPlan.NAME).size());
        assertTrue(editor.dirty(), "still unsaved: nothing lost");
    }

    @Test
    void clearingASelectionIsOneUndoableStepThatSkipsLockedCells() {
        model.measure(PlanGrid.Measure.UNITS);
        int ivanov = row("Ivanov I.A.", "Product 1");
        int petrov = row("Petrov B.B.", "Product 1");
        int june = column("June 2026");
        model.lock(List.of(model.leafKey(petrov, june)), true);
        int cleared = model.clear(List.of(model.leafKey(ivanov, june), model.leafKey(petrov, june)));
        assertEquals(1, cleared);
        assertEquals("", model.getValueAt(ivanov, june));
        assertEquals("150", model.getValueAt(petrov, june), "locked: kept");
        assertEquals("Clear 1 cells", undo.getPresentationName());
        undo.undo();
        assertEquals("100", model.getValueAt(ivanov, june));
        assertTrue(model.locked(petrov, june), "the lock is a step of its own, still in place");
    }
}
