package com.salesworkbench.ui.strategy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.strategy.ActionStatus;
import com.salesworkbench.strategy.GoalKind;
import com.salesworkbench.strategy.Horizon;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.internal.FileWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentEditorTest {

    @TempDir
    Path dir;

    @Test
    void chaptersGoalsAndActionsAreEditedUndoneAndRedone() throws Exception {
        UndoManager undo = new UndoManager();
        DocumentEditor e = new DocumentEditor(StrategyDocument.create("plan-2027", "Sales strategy 2027", "2027"), undo);
        e.setChapterText("pricing-policy", "List prices rise 5% in March.");
        String custom = e.addChapter(Horizon.MEDIUM_TERM, "Key accounts");
        assertEquals("custom-1", custom);
        String g1 = e.addGoal("", GoalKind.FINANCIAL, "Revenue 120 million", "Head of sales", "2027-12-31", "120 000 000");
        String g2 = e.addGoal(g1, GoalKind.EMPLOYEE, "Ten new key accounts", "Ivanov", "", "10");
        e.setGoalAchieved(g2, "4");
        e.setGoalDone(g2, true);
        String a1 = e.addAction("Hire two key account managers", "HR", "2027-03-01");
        e.setActionStatus(a1, ActionStatus.IN_PROGRESS);
        StrategyDocument d = e.document();
        assertEquals("List prices rise 5% in March.", d.chapter("pricing-policy").text());
        assertEquals(0, new BigDecimal("120000000").compareTo(d.goal(g1).target()));
        assertEquals(LocalDate.of(2027, 12, 31), d.goal(g1).deadline());
        assertEquals(g1, d.goal(g2).parent());
        assertTrue(d.goal(g2).done());
        assertEquals(ActionStatus.IN_PROGRESS, d.action(a1).status());
        assertTrue(e.dirty());
        for (int i = 0; i < 8; i++) {
            undo.undo();
        }
        assertFalse(undo.canUndo());
        assertFalse(e.dirty());
        assertEquals("", e.document().chapter("pricing-policy").text());
        undo.redo();
        undo.redo();
        assertEquals("Key accounts", e.document().chapter("custom-1").title());
        assertTrue(e.document().goals().isEmpty());
    }

    @Test
    void typedValuesAreRefusedNamingTheFieldAndTheModuleRefusesWhatTheDocumentForbids() throws Exception {
        UndoManager undo = new UndoManager();
        DocumentEditor e = new DocumentEditor(StrategyDocument.create("s", "S", "2027"), undo);
        DocumentEditor.Invalid d = assertThrows(DocumentEditor.Invalid.class,
                () -> e.addGoal("", GoalKind.STRATEGIC, "Grow", "", "31.12.2027", ""));
        assertEquals("invalid.date", d.key);
        assertEquals("deadline", d.args[0]);
        assertEquals("invalid.number", assertThrows(DocumentEditor.Invalid.class,
                () -> e.addGoal("", GoalKind.STRATEGIC, "Grow", "", "", "a lot")).key);
        assertEquals("error.goalTitle", assertThrows(StrategyException.class,
                () -> e.addGoal("", GoalKind.STRATEGIC, " ", "", "", "")).key());
        assertEquals("error.noGoal", assertThrows(StrategyException.class,
                () -> e.addGoal("g9", GoalKind.STRATEGIC, "Sub", "", "", "")).key());
        assertFalse(undo.canUndo(), "nothing refused became an edit");
        String g = e.addGoal("", GoalKind.STRATEGIC, "Grow", "", "", "");
        assertNull(e.document().goal(g).target());
    }

    @Test
    void savesThroughTheStrategyStore() throws Exception {
        ClientWorkspace client = FileWorkspace.open(dir.resolve("ws")).create(ClientId.of("acme"));
        StrategyStore.save(client, StrategyDocument.create("plan-2027", "Sales strategy 2027", "2027"));
        DocumentEditor e = new DocumentEditor(StrategyStore.load(client, "plan-2027"), new UndoManager());
        e.setChapterText("sales-model", "Direct sales and two distributors.");
        e.save(client);
        assertFalse(e.dirty());
        assertEquals("Direct sales and two distributors.", StrategyStore.load(client, "plan-2027").chapter("sales-model").text());
    }
}
