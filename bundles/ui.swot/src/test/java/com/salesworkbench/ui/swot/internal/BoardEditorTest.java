package com.salesworkbench.ui.swot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.swot.FactorScores;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.swot.SwotBoard;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.swot.TowsType;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.internal.FileWorkspace;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardEditorTest {

    @TempDir
    Path dir;

    static SwotBoard empty() {
        return SwotBoard.create("main", "Main", LocalDate.of(2026, 3, 1), List.of("Head of sales"));
    }

    /** The worked example of the SWOT notes, typed into the editor item by item (weights with a comma). */
    static BoardEditor example(UndoManager undo) throws Exception {
        BoardEditor e = new BoardEditor(empty(), undo);
        try (InputStream in = BoardEditorTest.class.getResourceAsStream("factor-example.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
                String[] f = line.split(",");
                String id = e.addItem(Quadrant.parse(f[0]), f[1]);
                e.setWeight(id, f[2].replace('.', ','));
                e.setRating(id, f[3]);
            }
        }
        return e;
    }

    @Test
    void theWorkedExampleScoresAsTheModuleSays() throws Exception {
        BoardEditor e = example(new UndoManager());
        BoardEditor.Scores s = e.scores();
        assertTrue(s.complete());
        assertEquals(new BigDecimal("2.50"), s.internal().score());
        assertEquals(new BigDecimal("2.70"), s.external().score());
        FactorScores.Position p = FactorScores.position(s.internal().score(), s.external().score());
        assertEquals(5, p.cell());
        assertEquals("hold", p.advice());
        assertEquals(8, e.factors().size());
        assertEquals(0, new BigDecimal("1.2").compareTo(e.factors().get(0).score()));
    }

    @Test
    void editsUndoAndRedoAndBadValuesAreRefusedNamingTheItem() throws Exception {
        UndoManager undo = new UndoManager();
        BoardEditor e = new BoardEditor(empty(), undo);
        String s1 = e.addItem(Quadrant.STRENGTH, "Strong brand");
        assertEquals("S1", s1);
        e.setText(s1, "Strong brand in the region");
        BoardEditor.Invalid w = assertThrows(BoardEditor.Invalid.class, () -> e.setWeight(s1, "1.5"));
        assertEquals("invalid.weight", w.key);
        assertEquals("S1", w.args[0]);
        assertEquals("invalid.rating", assertThrows(BoardEditor.Invalid.class, () -> e.setRating(s1, "5")).key);
        assertEquals("invalid.rating", assertThrows(BoardEditor.Invalid.class, () -> e.setRating(s1, "x")).key);
        assertEquals("Strong brand in the region", e.board().item("S1").text());
        undo.undo();
        assertEquals("Strong brand", e.board().item("S1").text());
        undo.undo();
        assertTrue(e.board().items().isEmpty());
        assertFalse(e.dirty());
        undo.redo();
        assertEquals(1, e.board().items().size());
        assertTrue(e.dirty());
        // an unscored board says why it has no scores, in the module's words
        assertEquals("error.unweighted", e.scores().problem().key());
    }

    @Test
    void towsStrategiesPairAnInternalAndAnExternalItemAndTheBoardSavesThroughTheStore() throws Exception {
        UndoManager undo = new UndoManager();
        BoardEditor e = example(undo);
        assertEquals("T1", e.addStrategy("S1, O1", "Lead the new districts with the brand"));
        assertEquals(TowsType.SO, e.board().strategy("T1").type());
        StrategyException wrong = assertThrows(StrategyException.class, () -> e.addStrategy("S1 S2", "two strengths"));
        assertEquals("error.towsPair", wrong.key());
        ClientWorkspace client = FileWorkspace.open(dir.resolve("ws")).create(ClientId.of("acme"));
        e.save(client);
        assertFalse(e.dirty());
        assertEquals(e.board(), SwotStore.load(client, "main"));
        undo.undo();
        assertTrue(e.board().strategies().isEmpty());
        assertTrue(e.dirty());
    }
}
