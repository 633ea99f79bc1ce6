package com.salesworkbench.ui.funnel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.charts.FunnelCharts;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineCsv;
import com.salesworkbench.funnel.ReverseFunnel;
import com.salesworkbench.funnel.RiskSimulation;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelModelTest {

    @TempDir
    Path dir;

    private FunnelModel model(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv)) {
            PipelineCsv.Result r = PipelineCsv.read(in, Pipelines.GOLDEN_STAGES, LocalDate.of(2026, 1, 10));
            return new FunnelModel(new Pipeline("p", "RUB", LocalDate.of(2026, 1, 10), Pipelines.GOLDEN_STAGES,
                    r.opportunities(), List.of()));
        }
    }

    @Test
    void reverseFunnelOfTheDomainExampleFromThePipelinesOwnConversions() throws Exception {
        FunnelModel m = model(Pipelines.history(dir));
        assertEquals(Optional.empty(), m.checkSteps());
        assertEquals(0, new BigDecimal("100000").compareTo(m.averageDeal()));
        ReverseFunnel.Plan plan = m.reverse(YearMonth.of(2026, 2), new BigDecimal("10000000"), m.averageDeal(), 1);
        List<FunnelCharts.StageBar> bars = m.reverseBars(plan);
        assertEquals(List.of("lead", "meeting", "opportunity", "deals"), bars.stream().map(FunnelCharts.StageBar::stage).toList());
        assertEquals(List.of(3125L, 2500L, 1000L, 100L), bars.stream().map(FunnelCharts.StageBar::count).toList());
        assertEquals(0, new BigDecimal("0.8").compareTo(bars.get(0).conversion().orElseThrow()));
    }

    @Test
    void aStageWithoutHistoryIsNamedInsteadOfComputed() throws Exception {
        FunnelModel m = model(Pipelines.open(dir));
        // only one deal was ever won at "opportunity", none lost later: conversions exist; an empty model has none
        FunnelModel empty = new FunnelModel(new Pipeline("e", "RUB", LocalDate.of(2026, 1, 10), Pipelines.GOLDEN_STAGES,
                List.of(), List.of()));
        assertEquals("reverse.noConversion", empty.checkSteps().orElseThrow().key());
        assertEquals("lead", empty.checkSteps().orElseThrow().args()[0]);
        assertTrue(m.checkSteps().isEmpty());
    }

    @Test
    void simulationInPartsIsRepeatableReportsProgressAndStopsWhenCancelled() throws Exception {
        FunnelModel m = model(Pipelines.open(dir));
        AtomicLong seen = new AtomicLong();
        RiskSimulation.Range a = m.simulate(m.weighted(), 4000, 7, 8, done -> {
            seen.set(done);
            return true;
        }).orElseThrow();
        RiskSimulation.Range b = m.simulate(m.weighted(), 4000, 7, 8, done -> true).orElseThrow();
        assertEquals(8, seen.get());
        assertEquals(a, b);
        assertEquals(4000, a.runs());
        assertTrue(a.p10() <= a.p50() && a.p50() <= a.p90());
        // the sure deal (100 000 at 100%) is in every outcome
        assertTrue(a.p10() >= 100_000_00L, "P10 " + a.p10());
        // weighted sum 300k*.5 + 100k + 900k*.3 + 2.7m*.1 + 400k*.75 = 1 090 000
        assertEquals(0, new BigDecimal("1090000").compareTo(m.weighted()));
        assertEquals(Optional.empty(), m.simulate(m.weighted(), 4000, 7, 8, done -> done < 3));
    }
}
