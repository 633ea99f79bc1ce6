package com.salesworkbench.swot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.strategy.Action;
import com.salesworkbench.strategy.Link;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwotTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path dir;

    /** The worked example of src/test/resources as a board. */
    static SwotBoard example() throws IOException {
        SwotBoard b = SwotBoard.create("main", "Main", DAY, List.of("Head of marketing", "Head of sales"));
        try (InputStream in = SwotTest.class.getResourceAsStream("factor-example.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList()) {
                String[] f = line.split(",");
                b = b.withItem(Quadrant.parse(f[0]), f[1], new BigDecimal(f[2]), Integer.parseInt(f[3]), null);
            }
        }
        return b;
    }

    @Test
    void factorScoresOnTheWorkedExample() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = SwotTest.class.getResourceAsStream("factor-example.properties")) {
            expected.load(in);
        }
        SwotBoard b = example();
        assertEquals(List.of("S1", "S2", "W1", "W2", "O1", "O2", "T1", "T2"), b.items().stream().map(SwotItem::id).toList());
        assertEquals(new BigDecimal(expected.getProperty("internal")), FactorScores.internal(b.items()).score());
        assertEquals(new BigDecimal(expected.getProperty("external")), FactorScores.external(b.items()).score());
        FactorScores.Position p = FactorScores.position(b.items());
        assertEquals(Integer.parseInt(expected.getProperty("cell")), p.cell());
        assertEquals(expected.getProperty("advice"), p.advice());
    }

    @Test
    void matrixCellsFromTheBands() {
        assertEquals(1, FactorScores.position(new BigDecimal("3.2"), new BigDecimal("3.0")).cell());
        assertEquals("grow", FactorScores.position(new BigDecimal("3.2"), new BigDecimal("3.0")).advice());
        assertEquals(3, FactorScores.position(new BigDecimal("1.5"), new BigDecimal("3.5")).cell());
        assertEquals(7, FactorScores.position(new BigDecimal("3.5"), new BigDecimal("1.5")).cell());
        assertEquals(9, FactorScores.position(new BigDecimal("1.0"), new BigDecimal("1.99")).cell());
        assertEquals("harvest", FactorScores.position(new BigDecimal("1.0"), new BigDecimal("1.99")).advice());
    }

    @Test
    void weightsThatDoNotAddToOneAreNamedWithTheirSum() throws IOException {
        SwotBoard b = example().mapItem("S1", i -> i.scored(new BigDecimal("0.20"), 4));
        StrategyException e = assertThrows(StrategyException.class, () -> FactorScores.internal(b.items()));
        assertEquals("error.weightSum", e.key());
        assertEquals(List.of("internal", "0.90"), List.of(e.args()));
        // the external side is still fine, and the board itself stays a valid value
        assertEquals(new BigDecimal("2.70"), FactorScores.external(b.items()).score());
        assertEquals("error.unrated", assertThrows(StrategyException.class,
                () -> FactorScores.external(b.withItem(Quadrant.THREAT, "x", BigDecimal.ZERO, 0, null).items())).key());
        assertEquals("error.weight", assertThrows(StrategyException.class,
                () -> b.withItem(Quadrant.THREAT, "x", new BigDecimal("1.5"), 1, null)).key());
        assertEquals("error.rating", assertThrows(StrategyException.class,
                () -> b.mapItem("S1", i -> i.scored(BigDecimal.ONE, 5))).key());
        // three thirds pass
        SwotBoard thirds = SwotBoard.create("t", "T", DAY, List.of());
        for (int i = 0; i < 3; i++) {
            thirds = thirds.withItem(Quadrant.STRENGTH, "s" + i, new BigDecimal("0.333"), 3, null);
        }
        assertEquals(new BigDecimal("3.00"), FactorScores.internal(thirds.items()).score());
    }

    @Test
    void iterationsAreKeptAndComparable() throws IOException {
        SwotBoard b = example();
        SwotBoard next = b.nextIteration(DAY.plusDays(14), List.of("Head of sales", "CEO"), "after the market study")
                .mapItem("S1", i -> i.scored(new BigDecimal("0.25"), 4))
                .mapItem("S2", i -> i.scored(new BigDecimal("0.25"), 3))
                .withoutItem("T2")
                .mapItem("T1", i -> i.scored(new BigDecimal("0.40"), 2))
                .withItem(Quadrant.WEAKNESS, "Slow offer preparation", BigDecimal.ZERO, 2, null);
        assertEquals(2, next.iterations().size());
        assertEquals(b.current(), next.iteration(1), "the first iteration is kept as it ended");
        List<IterationDiff.Change> d = IterationDiff.compare(next.iteration(1), next.iteration(2));
        assertTrue(d.contains(new IterationDiff.Change("", "participantLeft", "Head of marketing", "")), d.toString());
        assertTrue(d.contains(new IterationDiff.Change("", "participantJoined", "", "CEO")), d.toString());
        assertTrue(d.contains(new IterationDiff.Change("S1", "weight", "0.3", "0.25")), d.toString());
        assertTrue(d.contains(new IterationDiff.Change("T2", "removed", "Online marketplaces", "")), d.toString());
        assertTrue(d.contains(new IterationDiff.Change("W3", "added", "", "Slow offer preparation")), d.toString());
        assertEquals(7, d.size(), d.toString());
        assertEquals("error.noIterationNumber", assertThrows(StrategyException.class, () -> next.iteration(3)).key());
    }

    @Test
    void towsToActionAndBackRoundTripThroughTheWorkspace() throws IOException {
        try (Workspace ws = Workspace.open(dir)) {
            ClientWorkspace c = ws.create(ClientId.of("acme"));
            SwotBoard b = example().withStrategy(List.of("S2", "O1"), "Deliver to the new districts with our own fleet")
                    .withStrategy(List.of("W1", "T1"), "Key accounts to lock in volume before rents rise");
            assertEquals(TowsType.SO, b.strategy("T1").type());
            assertEquals(TowsType.WT, b.strategy("T2").type());
            assertEquals("error.towsPair", assertThrows(StrategyException.class,
                    () -> b.withStrategy(List.of("S1", "W1"), "x")).key());
            assertEquals("error.noItem", assertThrows(StrategyException.class,
                    () -> b.withStrategy(List.of("S1", "O9"), "x")).key());
            SwotStore.save(c, b);
            StrategyStore.save(c, StrategyDocument.create("growth", "Growth", "2027"));

            Tows.Converted r = Tows.toAction(SwotStore.load(c, "main"), "T1", StrategyStore.load(c, "growth"), "", "Logistics",
                    LocalDate.of(2027, 4, 1), List.of());
            StrategyStore.save(c, r.document());
            SwotStore.save(c, r.board());

            Action a = StrategyStore.load(c, "growth").action("a1");
            assertEquals("SO: Deliver to the new districts with our own fleet", a.title());
            assertEquals(List.of(Link.parse("swot:main@T1"), Link.parse("swot:main#S2"), Link.parse("swot:main#O1")), a.sources());
            SwotBoard saved = SwotStore.load(c, "main");
            assertEquals(List.of("growth#a1"), saved.strategy("T1").actions());

            Tows.Trace back = Tows.trace(a, saved);
            assertEquals("T1", back.strategy().orElseThrow().id());
            assertEquals(List.of("S2", "O1"), back.items().stream().map(SwotItem::id).toList());
            assertEquals(List.of(), back.missing());
            assertEquals(List.of(a), StrategyStore.load(c, "growth").actionsFrom(Tows.itemLink("main", "O1")));

            // an item removed in a later iteration shows as missing, the rest still resolves
            SwotBoard later = saved.nextIteration(DAY.plusDays(30), List.of(), "").withoutItem("O1");
            Tows.Trace partly = Tows.trace(a, later);
            assertEquals(List.of("S2"), partly.items().stream().map(SwotItem::id).toList());
            assertEquals(List.of(Link.parse("swot:main#O1")), partly.missing());

            assertEquals("error.noTows", assertThrows(StrategyException.class, () -> Tows.toAction(saved, "T9",
                    StrategyStore.load(c, "growth"), "", "", null, List.of())).key());
            assertEquals("main", Tows.boardOf(Link.parse("swot:main@T1")));
        }
    }

    @Test
    void evidenceKeepsItsLink() throws IOException {
        Evidence e = new Evidence(Link.parse("series:sales#roses"), "roses: the last year fell -20%");
        SwotBoard b = example().withItem(Quadrant.THREAT, "Roses falling", new BigDecimal("0"), 2, e);
        assertEquals(e, b.item("T3").evidence());
        assertEquals(e, b.nextIteration(DAY, List.of(), "").item("T3").evidence());
    }
}
