package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecomposerTest {

    static final double[] SEASON = {-20, -30, -5, -8, -4, 35, 60, 62, 16, -20, -53, -33};

    /** Level 100 + 2t plus an additive season that sums to 0. */
    static TimeSeries additive(String start, int n) {
        PlanPeriod s = PlanPeriod.parse(start);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 500 + 2 * i + SEASON[Cycles.position(s.plus(i))];
        }
        return new TimeSeries("sales", s, y);
    }

    @Test
    void anExactAdditiveSeasonIsRecoveredWhateverMonthTheSeriesStartsIn() {
        Decomposition d = Decomposer.decompose(additive("2021-04", 50), SeasonalForm.ADDITIVE);
        assertArrayEquals(SEASON, d.figure(), 1e-9);
        double sum = 0;
        for (double f : d.figure()) {
            sum += f;
        }
        assertEquals(0, sum, 1e-9);
        assertEquals(SEASON[3], d.seasonal()[0], 1e-9, "April is the first period");
        assertEquals(SEASON[3], d.indexOf(PlanPeriod.parse("2030-04")), 1e-9);
    }

    @Test
    void multiplicativeIndicesAverageOne() {
        TimeSeries s = additive("2020-01", 60);
        Decomposition d = Decomposer.decompose(s, SeasonalForm.MULTIPLICATIVE);
        double sum = 0;
        for (double f : d.figure()) {
            sum += f;
        }
        assertEquals(12, sum, 1e-9);
    }

    @Test
    void theMedianResistsAOneOffPromotion() {
        double[] y = additive("2020-01", 60).values();
        y[29] += 400; // June 2022: a one-off order
        TimeSeries s = new TimeSeries("sales", PlanPeriod.parse("2020-01"), y);
        double mean = Decomposer.decompose(s, SeasonalForm.ADDITIVE).figure()[5];
        double median = Decomposer.decompose(s, SeasonalForm.ADDITIVE,
                DecompositionOptions.DEFAULT.withAverage(IndexAverage.MEDIAN)).figure()[5];
        assertTrue(Math.abs(median - SEASON[5]) < Math.abs(mean - SEASON[5]) / 3, "median " + median + " mean " + mean);
    }

    @Test
    void anEventIsLeftOutOfTheIndicesAsAnOutlier() {
        double[] y = additive("2020-01", 60).values();
        y[25] += 300; // February 2022: Chinese New Year moved
        TimeSeries s = new TimeSeries("sales", PlanPeriod.parse("2020-01"), y);
        Decomposition d = Decomposer.decompose(s, SeasonalForm.ADDITIVE,
                DecompositionOptions.DEFAULT.withEvents(Set.of(PlanPeriod.parse("2022-02"))));
        Decomposition plain = Decomposer.decompose(s, SeasonalForm.ADDITIVE);
        assertTrue(Math.abs(d.figure()[1] - SEASON[1]) < Math.abs(plain.figure()[1] - SEASON[1]));
        assertEquals("note.events", d.notes().get(0).key());
    }

    @Test
    void quarterlyAndWeeklyDataHaveTheirOwnCycles() {
        double[] q = new double[16];
        double[] qs = {-10, 5, 15, -10};
        for (int i = 0; i < 16; i++) {
            q[i] = 100 + i + qs[i % 4];
        }
        Decomposition dq = Decomposer.decompose(new TimeSeries("q", PlanPeriod.parse("2021-Q1"), q), SeasonalForm.ADDITIVE);
        assertEquals(4, dq.cycle());
        assertArrayEquals(qs, dq.figure(), 1e-9);

        PlanPeriod w0 = PlanPeriod.parse("2021-W01");
        double[] w = new double[156];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1000 + 10 * Math.sin(2 * Math.PI * Cycles.position(w0.plus(i)) / 52);
        }
        Decomposition dw = Decomposer.decompose(new TimeSeries("w", w0, w), SeasonalForm.MULTIPLICATIVE);
        assertEquals(52, dw.cycle());
        assertEquals(52, dw.figure().length);
        assertTrue(dw.figure()[12] > 1 && dw.figure()[38] < 1);
    }

    @Test
    void missingMonthsAreFilledAndTrimmedAndSaid() {
        double[] y = additive("2020-01", 40).values();
        y[0] = Double.NaN;
        y[39] = Double.NaN;
        y[17] = Double.NaN;
        y[18] = Double.NaN;
        Decomposition d = Decomposer.decompose(new TimeSeries("s", PlanPeriod.parse("2020-01"), y), SeasonalForm.ADDITIVE);
        assertEquals(38, d.length());
        assertEquals(PlanPeriod.parse("2020-02"), d.observed().start());
        List<String> keys = d.notes().stream().map(Message::key).toList();
        assertEquals(List.of("note.trimmed", "note.filled"), keys);
        assertTrue(d.notes().get(1).toString().contains("2021-06, 2021-07"), d.notes().get(1).toString());
        for (double v : d.figure()) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void workingDaysGiveIndicesPerWorkingDay() {
        TimeSeries s = additive("2020-01", 36);
        double[] days = new double[36];
        double[] y = s.values();
        for (int i = 0; i < 36; i++) {
            days[i] = 20 + (i % 3);
            y[i] = 100 * days[i];
        }
        Decomposition d = Decomposer.decompose(new TimeSeries("s", s.start(), y), SeasonalForm.MULTIPLICATIVE,
                DecompositionOptions.DEFAULT.withWorkingDays(days));
        for (double f : d.figure()) {
            assertEquals(1, f, 1e-9, "sales per working day have no season");
        }
        assertEquals("note.workingDays", d.notes().get(0).key());
    }

    @Test
    void nonPositiveValuesAreRefusedByTheMultiplicativeFormAndNamed() {
        double[] y = additive("2020-01", 36).values();
        y[14] = 0;
        TimeSeries s = new TimeSeries("s", PlanPeriod.parse("2020-01"), y);
        SeasonalityException e = assertThrows(SeasonalityException.class, () -> Decomposer.decompose(s, SeasonalForm.MULTIPLICATIVE));
        assertTrue(e.getMessage().contains("2021-03"), e.getMessage());
        assertEquals(SeasonalForm.ADDITIVE, Decomposer.choose(s, DecompositionOptions.DEFAULT).chosen());
    }

    @Test
    void anUnsupportedOrUnknownFrequencyIsNamed() {
        TimeSeries yearly = new TimeSeries("y", PlanPeriod.year(2000), new double[30]);
        SeasonalityException e = assertThrows(SeasonalityException.class, () -> Decomposer.decompose(yearly, SeasonalForm.ADDITIVE));
        assertTrue(e.getMessage().contains("year"), e.getMessage());
        assertTrue(assertThrows(SeasonalityException.class, () -> Cycles.parseFrequency("fortnightly")).getMessage().contains("fortnightly"));
        assertTrue(assertThrows(SeasonalityException.class, () -> SeasonalForm.parse("exotic")).getMessage().contains("exotic"));
    }

    @Test
    void fewerThanTwoFullCyclesGetAClearMessage() {
        SeasonalityException e = assertThrows(SeasonalityException.class,
                () -> Decomposer.decompose(additive("2024-01", 20), SeasonalForm.ADDITIVE));
        assertEquals("history.short", e.reason().key());
        assertTrue(e.getMessage().contains("20 periods") && e.getMessage().contains("24"), e.getMessage());
        assertTrue(e.getLocalizedMessage(Locale.forLanguageTag("zh")).contains("两个完整周期"));
    }

    @Test
    void theChoiceOfFormIsStatedWithBothFits() throws Exception {
        ReferenceDecompositionTest.Reference air = ReferenceDecompositionTest.load("AirPassengers", "multiplicative");
        FormChoice c = Decomposer.choose(air.series(), DecompositionOptions.DEFAULT);
        assertEquals(SeasonalForm.MULTIPLICATIVE, c.chosen(), "the swing of AirPassengers grows with the level");
        assertTrue(c.rmseMultiplicative() < c.rmseAdditive());
        assertTrue(c.reason().toString().startsWith("Multiplicative"), c.reason().toString());
        FormChoice flat = Decomposer.choose(additive("2020-01", 48), DecompositionOptions.DEFAULT);
        assertEquals(SeasonalForm.ADDITIVE, flat.chosen());
    }

    @Test
    void positionsFollowTheCalendar() {
        assertEquals(0, Cycles.position(PlanPeriod.parse("2026-01")));
        assertEquals(2, Cycles.position(PlanPeriod.parse("2026-Q3")));
        assertEquals(51, Cycles.position(PlanPeriod.parse("2026-W53")));
        assertEquals(Frequency.WEEK, Cycles.parseFrequency("weekly"));
        assertEquals(0, Cycles.position(PlanPeriod.containing(Frequency.WEEK, LocalDate.of(2027, 1, 4))));
    }
}
