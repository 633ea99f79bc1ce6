package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trend, seasonal figure and remainder agree with R's {@code stats::decompose} to 1e-9 on AirPassengers and
 * USAccDeaths, additive and multiplicative (the figures are R's output, copied from shared/data/reference).
 */
class ReferenceDecompositionTest {

    static final double TOLERANCE = 1e-9;

    record Reference(TimeSeries series, double[] trend, double[] seasonal, double[] random, double[] figure) {
    }

    static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = ReferenceDecompositionTest.class.getResourceAsStream("reference/" + resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> out = new ArrayList<>();
            String[] lines = text.split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    out.add(lines[i].replace("\"", "").split(",", -1));
                }
            }
            return out;
        }
    }

    static double num(String s) {
        return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
    }

    static Reference load(String name, String form) throws IOException {
        List<String[]> rows = rows("decompose-" + name + "-" + form + ".csv");
        int n = rows.size();
        double[] y = new double[n];
        double[] trend = new double[n];
        double[] seasonal = new double[n];
        double[] random = new double[n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            y[i] = num(r[1]);
            trend[i] = num(r[2]);
            seasonal[i] = num(r[3]);
            random[i] = num(r[4]);
        }
        PlanPeriod start = PlanPeriod.parse(rows.get(0)[0].substring(0, 7));
        List<String[]> fig = rows("decompose-" + name + "-" + form + "-figure.csv");
        double[] figure = fig.stream().mapToDouble(r -> num(r[1])).toArray();
        return new Reference(new TimeSeries(name, start, y), trend, seasonal, random, figure);
    }

    static void assertClose(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), what + "[" + i + "] should be NA, was " + actual[i]);
            } else {
                assertEquals(expected[i], actual[i], TOLERANCE, what + "[" + i + "]");
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"AirPassengers, additive", "AirPassengers, multiplicative", "USAccDeaths, additive",
            "USAccDeaths, multiplicative"})
    void agreesWithRsDecompose(String name, String form) throws IOException {
        Reference r = load(name, form);
        Decomposition d = Decomposer.decompose(r.series(), SeasonalForm.parse(form));
        assertClose("trend", r.trend(), d.trend());
        assertClose("seasonal", r.seasonal(), d.seasonal());
        assertClose("remainder", r.random(), d.remainder());
        assertClose("figure", r.figure(), d.figure());
        assertTrue(d.notes().isEmpty(), "nothing was filled or trimmed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AirPassengers", "USAccDeaths"})
    void theBulkIndicesAreTheSameNumbers(String name) throws IOException {
        for (SeasonalForm form : SeasonalForm.values()) {
            Reference r = load(name, form.name().toLowerCase());
            double[] fast = Decomposer.indices(r.series().values(), 12, 0, form, IndexAverage.MEAN);
            assertClose("figure", r.figure(), fast);
        }
    }
}
