package com.salesworkbench.forecast.models.ets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Automatic ETS against R's forecast::ets fits of the first 60 M3 monthly series (figures copied from
 * the shared reference into test resources): the same form on at least 80% of them, AICc no worse than
 * R's by more than 0.5% on at least 95%.
 */
class EtsReferenceTest {

    private static List<String[]> rows(String name) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(EtsReferenceTest.class.getResourceAsStream(name)), StandardCharsets.UTF_8))) {
            return r.lines().skip(1).map(l -> Arrays.stream(l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
                    .map(c -> c.replace("\"", "")).toArray(String[]::new)).toList();
        }
    }

    private static Map<String, TimeSeries> series() throws IOException {
        Map<String, List<Double>> v = new LinkedHashMap<>();
        Map<String, String> start = new LinkedHashMap<>();
        for (String[] r : rows("m3-monthly-first60-train.csv")) {
            v.computeIfAbsent(r[0], k -> new ArrayList<>()).add(Double.parseDouble(r[2]));
            start.putIfAbsent(r[0], r[1]);
        }
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        v.forEach((id, ys) -> out.put(id, new TimeSeries(id, PlanPeriod.parse(start.get(id)),
                ys.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    @Test
    void picksRsFormAndMatchesItsAicc() throws IOException {
        Map<String, TimeSeries> series = series();
        List<String[]> ref = rows("r-ets-reference-monthly.csv");
        AutoEts ets = new AutoEts();
        FittedModel[] fits = new FittedModel[ref.size()];
        IntStream.range(0, ref.size()).parallel().forEach(i -> fits[i] = ets.fit(series.get(ref.get(i)[0])));
        int same = 0;
        int within = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < ref.size(); i++) {
            String[] r = ref.get(i);
            double rAicc = Double.parseDouble(r[2]);
            double aicc = fits[i].parameters().get("aicc");
            if (fits[i].description().equals(r[1])) {
                same++;
            } else {
                misses.add(r[0] + " " + fits[i].description() + " vs R " + r[1]);
            }
            if (aicc <= rAicc + 0.005 * Math.abs(rAicc)) {
                within++;
            }
        }
        assertEquals(60, ref.size());
        assertTrue(same >= 48, "same form on " + same + " of 60: " + misses);
        assertTrue(within >= 57, "AICc within 0.5% on " + within + " of 60");
    }

    @Test
    void sameFormGivesRsLikelihood() throws IOException {
        // N1402 in R: ETS(M,N,N), AICc 958.698; a fixed-form fit must reach it (or better)
        TimeSeries s = series().get("N1402");
        Ets.Fit f = Ets.fit(Ets.Spec.parse("ETS(M,N,N)"), 12, s.values(), 2000);
        assertTrue(f.aicc() <= 958.698 * 1.001, "AICc " + f.aicc());
        assertEquals(3, f.np);
    }

    @Test
    void fixedFormsForecastWithIntervals() throws IOException {
        TimeSeries s = series().get("N1404");
        for (EtsModel m : List.of(new Ses(), new Holt(), new DampedHolt(), new HoltWintersAdditive(), new HoltWintersMultiplicative())) {
            Forecast f = m.fit(s).forecast(18, 80, 95);
            assertEquals(18, f.horizon());
            for (int i = 0; i < 18; i++) {
                double lo95 = f.intervals().get(1).lower()[i];
                double lo80 = f.intervals().get(0).lower()[i];
                double hi80 = f.intervals().get(0).upper()[i];
                double hi95 = f.intervals().get(1).upper()[i];
                assertTrue(lo95 <= lo80 && lo80 <= f.mean()[i] + 1e-6 * Math.abs(f.mean()[i]) && hi80 <= hi95, m.id() + " step " + i);
            }
        }
    }

    @Test
    void multiplicativeFormsRefuseNonPositiveData() {
        TimeSeries s = new TimeSeries("x", PlanPeriod.parse("2020-01"), IntStream.range(0, 40).mapToDouble(i -> i - 5 + (i % 12)).toArray());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HoltWintersMultiplicative().fit(s));
        assertTrue(e.getMessage().contains("positive"));
        // automatic ETS leaves the multiplicative forms out and still fits
        assertFalse(new AutoEts().fit(s).description().startsWith("ETS(M"));
    }

    @Test
    void schurCohnFindsRootsOutsideTheUnitCircle() {
        // (z - 0.5)(z + 0.5) = z^2 - 0.25: inside; (z - 2)(z - 0.1) = z^2 - 2.1 z + 0.2: outside
        assertTrue(Ets.rootsInUnitCircle(new double[] {-0.25, 0, 1}));
        assertFalse(Ets.rootsInUnitCircle(new double[] {0.2, -2.1, 1}));
        // (z - 0.1)(z - 0.2)(z - 0.3) = z^3 - 0.6 z^2 + 0.11 z - 0.006: inside
        assertTrue(Ets.rootsInUnitCircle(new double[] {-0.006, 0.11, -0.6, 1}));
    }
}
