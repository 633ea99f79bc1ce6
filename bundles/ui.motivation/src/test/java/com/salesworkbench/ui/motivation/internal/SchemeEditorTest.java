package com.salesworkbench.ui.motivation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.charts.PayCharts;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.workspace.ClientWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemeEditorTest {

    @TempDir
    Path dir;

    @Test
    void everyEditIsUndoableAndRedoableAndTellsTheView() throws Exception {
        UndoManager undo = new UndoManager();
        SchemeEditor e = new SchemeEditor(Fixtures.golden(), true, undo);
        AtomicInteger changes = new AtomicInteger();
        e.addListener(changes::incrementAndGet);
        assertFalse(e.dirty());
        e.setFixed("50 000");
        e.setParameters("acc", "{\"targetIncentive\": 100000, \"factor\": 2}");
        String id = e.addRule("cap");
        assertEquals("cap", id);
        assertEquals("cap2", e.addRule("cap"), "ids stay unique");
        assertEquals(0, new BigDecimal("50000").compareTo(e.scheme().fixed()));
        assertEquals(4, changes.get());
        assertTrue(e.dirty());

        undo.undo();
        undo.undo();
        assertEquals(1, e.scheme().rules().size());
        undo.undo();
        assertEquals(0, new BigDecimal("1.5").compareTo(new BigDecimal(e.scheme().rule("acc").parameters().get("factor").toString())));
        undo.undo();
        assertEquals(0, e.scheme().fixed().signum());
        assertFalse(e.dirty(), "back where it was saved");
        assertFalse(undo.canUndo());
        undo.redo();
        assertEquals(0, new BigDecimal("50000").compareTo(e.scheme().fixed()));
        assertEquals(4 + 4 + 1, changes.get(), "four edits, four undos, one redo");
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        UndoManager undo = new UndoManager();
        SchemeEditor e = new SchemeEditor(Fixtures.golden(), true, undo);
        SchemeEditor.Invalid x = assertThrows(SchemeEditor.Invalid.class, () -> e.setFixed("fifty"));
        assertEquals("fixed", x.field);
        assertEquals("invalid.number", x.key);
        assertEquals("invalid.negative", assertThrows(SchemeEditor.Invalid.class, () -> e.setTargetVariable("-1")).key);
        assertEquals("invalid.empty", assertThrows(SchemeEditor.Invalid.class, () -> e.setFixed(" ")).key);
        SchemeEditor.Invalid j = assertThrows(SchemeEditor.Invalid.class, () -> e.setParameters("acc", "{factor: }"));
        assertEquals("acc", j.field);
        assertFalse(e.dirty());
        assertFalse(undo.canUndo());
        e.setEqualPlan("");
        assertFalse(undo.canUndo(), "clearing an unset equal plan is no edit");
        e.setEqualPlan("1000000,5");
        assertEquals(0, new BigDecimal("1000000.5").compareTo(e.scheme().equalPlan()));
    }

    @Test
    void theLinterAndThePayoutCurveFollowTheEdits() throws Exception {
        SchemeEditor e = new SchemeEditor(Fixtures.golden(), true, new UndoManager());
        List<PayCharts.Point> curve = e.curve(Fixtures.rules().engine());
        assertEquals(41, curve.size());
        // the golden accelerator: 130% of plan pays 145 000, 100% pays the target incentive
        assertEquals(0, new BigDecimal("145000").compareTo(at(curve, "1.30")));
        assertEquals(0, new BigDecimal("100000").compareTo(at(curve, "1.00")));
        assertTrue(e.findings(Fixtures.rules().engine()).isEmpty(), "a smooth accelerator has no findings");
        e.setParameters("acc", "{\"targetIncentive\": 100000, \"factor\": 1.5, \"gate\": {\"min\": 0.9}}");
        e.addRule("marginal-tiers");
        e.setParameters("marginaltiers", "{\"tiers\": [{\"upTo\": 100, \"rate\": 0.1}, {\"upTo\": 50, \"rate\": 0.2}]}");
        assertTrue(e.findings(Fixtures.rules().engine()).stream().anyMatch(f -> f.kind().equals("order")),
                e.findings(Fixtures.rules().engine()).toString());
    }

    private static BigDecimal at(List<PayCharts.Point> curve, String attainment) {
        return curve.stream().filter(p -> p.attainment().compareTo(new BigDecimal(attainment)) == 0).findFirst().orElseThrow().pay();
    }

    @Test
    void savingWritesTheNextRevisionThroughTheModulesDocument() throws Exception {
        ClientWorkspace client = Fixtures.client(dir);
        UndoManager undo = new UndoManager();
        SchemeEditor e = new SchemeEditor(client.read(PaySchemes.path("golden"), PaySchemes.SCHEME), true, undo);
        e.setFixed("30000");
        PayScheme saved = e.save(client);
        assertEquals(2, saved.revision());
        assertFalse(e.dirty());
        assertEquals(saved, client.read(PaySchemes.path("golden"), PaySchemes.SCHEME));
        undo.undo();
        assertTrue(e.dirty(), "an undo after the save is unsaved work again");
        assertEquals(3, e.save(client).revision());
        assertEquals(0, client.read(PaySchemes.path("golden"), PaySchemes.SCHEME).fixed().signum());
    }
}
