package com.salesworkbench.workspace.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.CorruptDocumentException;
import com.salesworkbench.workspace.DocumentNotFoundException;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.NewerSchemaException;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceLockedException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWorkspaceTest {

    record Note(String title, BigDecimal amount, YearMonth month) {
    }

    static final DocumentType<Note> NOTE = DocumentType.of("note", Note.class);

    @TempDir
    Path dir;
    Workspace ws;
    ClientWorkspace acme;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir);
        acme = ws.create(ClientId.of("acme"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void savesAndReadsDocumentsWithExactDecimalsAndPeriods() {
        Note note = new Note("Q3 plan", new BigDecimal("1162500.50"), YearMonth.of(2026, 6));
        acme.save("plans/q3", NOTE, note);
        assertEquals(note, acme.read("plans/q3", NOTE));
        assertEquals(List.of("plans/q3"), acme.documents());
        assertEquals(List.of(ClientId.of("acme")), ws.clients());
    }

    @Test
    void everySaveIsKeptInHistoryAndCanBeRestored() {
        acme.save("plans/q3", NOTE, new Note("first", BigDecimal.ONE, YearMonth.of(2026, 1)));
        acme.save("plans/q3", NOTE, new Note("second", BigDecimal.TEN, YearMonth.of(2026, 2)));
        assertEquals(2, acme.history("plans/q3").size());

        acme.restore("plans/q3", 1);

        assertEquals("first", acme.read("plans/q3", NOTE).title());
        assertEquals(List.of(1, 2, 3), acme.history("plans/q3").stream().map(v -> v.version()).toList());
        assertThrows(DocumentNotFoundException.class, () -> acme.restore("plans/q3", 9));
    }

    @Test
    void olderSchemaVersionsMigrateOnRead() {
        acme.save("notes/a", DocumentType.of("note", LegacyNote.class), new LegacyNote("old title", "5.00"));
        DocumentType<Note> v2 = new DocumentType<>("note", 2, Note.class, Map.of(1, body -> {
            body.set("amount", body.remove("sum"));
            body.put("month", "2026-01");
            return body;
        }));
        Note n = acme.read("notes/a", v2);
        assertEquals(new Note("old title", new BigDecimal("5.00"), YearMonth.of(2026, 1)), n);
    }

    record LegacyNote(String title, String sum) {
    }

    @Test
    void aDocumentFromANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        DocumentType<Note> v3 = new DocumentType<>("note", 3, Note.class, Map.of(1, b -> b, 2, b -> b));
        acme.save("notes/new", v3, new Note("x", BigDecimal.ONE, YearMonth.of(2026, 1)));
        Path file = acme.folder().resolve("documents/notes/new.json");
        byte[] before = Files.readAllBytes(file);

        NewerSchemaException e = assertThrows(NewerSchemaException.class, () -> acme.read("notes/new", NOTE));
        assertTrue(e.getMessage().contains("new.json"), e.getMessage());
        assertTrue(e.getMessage().contains("version 3"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void corruptJsonIsReportedWithFileLineAndColumn() throws Exception {
        Path file = acme.folder().resolve("documents/notes/bad.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"schema\": \"note\",\n  \"schemaVersion\": 1,\n  \"body\": {\"title\": }\n}");
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> acme.read("notes/bad", NOTE));
        assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void wrongFieldTypesNameTheField() throws Exception {
        Path file = acme.folder().resolve("documents/notes/typed.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"schema\":\"note\",\"schemaVersion\":1,\"body\":{\"title\":\"t\",\"amount\":\"lots\"}}");
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> acme.read("notes/typed", NOTE));
        assertTrue(e.getMessage().contains("body.amount"), e.getMessage());
    }

    @Test
    void aSecondOpenOfALockedWorkspaceIsReadOnly() {
        acme.save("plans/q3", NOTE, new Note("mine", BigDecimal.ONE, YearMonth.of(2026, 1)));
        try (Workspace second = Workspace.open(dir)) {
            assertTrue(second.readOnly());
            assertTrue(second.lockHolder().orElseThrow().startsWith("pid "), second.lockHolder().toString());
            ClientWorkspace view = second.client(ClientId.of("acme"));
            assertEquals("mine", view.read("plans/q3", NOTE).title());
            WorkspaceLockedException e = assertThrows(WorkspaceLockedException.class,
                    () -> view.save("plans/q3", NOTE, new Note("theirs", BigDecimal.ONE, YearMonth.of(2026, 1))));
            assertTrue(e.getMessage().contains("in use by pid"), e.getMessage());
        }
        assertEquals("mine", acme.read("plans/q3", NOTE).title());
        assertFalse(ws.readOnly());
    }

    @Test
    void seriesRoundTripWithMissingValues() {
        List<TimeSeries> series = List.of(
                new TimeSeries("roses", PlanPeriod.parse("2024-11"), new double[] {120, Double.NaN, 98.5}),
                new TimeSeries("tulips", PlanPeriod.parse("2025-Q1"), new double[] {7, 8}));
        acme.saveSeries("sales", series);
        assertEquals(series, acme.readSeries("sales"));
        assertEquals(List.of("sales"), acme.seriesNames());
        assertEquals(1, acme.history("series/sales").size());
    }

    @Test
    void aSeriesWithAGapNamesTheLine() throws Exception {
        Path file = acme.folder().resolve("series/gap.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "series_id,ds,y\nroses,2024-01,1\nroses,2024-03,2\n", StandardCharsets.UTF_8);
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> acme.readSeries("gap"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("2024-02"), e.getMessage());
    }

    @Test
    void aNonNumericValueNamesLineAndColumn() throws Exception {
        Path file = acme.folder().resolve("series/text.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "series_id,ds,y\nroses,2024-01,many\n", StandardCharsets.UTF_8);
        CorruptDocumentException e = assertThrows(CorruptDocumentException.class, () -> acme.readSeries("text"));
        assertTrue(e.getMessage().contains("line 2, column y"), e.getMessage());
    }

    @Test
    void rememberedActiveClientSurvivesReopening() {
        ws.rememberActiveClient(ClientId.of("acme"));
        ws.close();
        ws = Workspace.open(dir);
        assertEquals(ClientId.of("acme"), ws.lastActiveClient().orElseThrow());
    }

    @Test
    void invalidDocumentPathsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> acme.read("../escape", NOTE));
        assertThrows(IllegalArgumentException.class, () -> acme.read("Plans/Q3", NOTE));
    }
}
