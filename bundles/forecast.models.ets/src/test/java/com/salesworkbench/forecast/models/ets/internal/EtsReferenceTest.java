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
 * the shared reference into test resources): 'ets-select' has the same form, AICc and first forecasts as R
 * on every one of them (R's ets is reproduced, not approximated); 'ets' averages those forms by Akaike weights.
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
    void picksRsFormWithItsAiccAndForecasts() throws IOException {
        Map<String, TimeSeries> series = series();
        List<String[]> ref = rows("r-ets-reference-monthly.csv");
        SelectedEts ets = new SelectedEts();
        FittedModel[] fits = new FittedModel[ref.size()];
        IntStream.range(0, ref.size()).parallel().forEach(i -> fits[i] = ets.fit(series.get(ref.get(i)[0])));
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < ref.size(); i++) {
            String[] r = ref.get(i);
            double rAicc = Double.parseDouble(r[2]);
            double aicc = fits[i].parameters().get("aicc");
            double[] mean = fits[i].forecast(18).mean();
            double h1 = Double.parseDouble(r[9]);
            double h18 = Double.parseDouble(r[12]);
            if (!fits[i].description().equals(r[1]) || Math.abs(aicc - rAicc) > 1e-4 * Math.abs(rAicc)
                    || Math.abs(mean[0] - h1) > 1e-3 * Math.abs(h1) || Math.abs(mean[17] - h18) > 1e-3 * Math.abs(h18)) {
                misses.add(r[0] + " " + fits[i].description() + " AICc " + aicc + " h1 " + mean[0] + " h18 " + mean[17]
                        + " vs R " + r[1] + " AICc " + rAicc + " h1 " + h1 + " h18 " + h18);
            }
        }
        assertEquals(60, ref.size());
        assertTrue(misses.isEmpty(), misses.size() + " of 60 differ from R: " + misses);
    }

    @Test
    void sameFormGivesRsLikelihood() throws IOException {
        // R: N1402 ETS(M,N,N) AICc 958.698; N1412 ETS(M,N,A) 894.066 and N1432 ETS(M,N,M) 1028.526, which
        // need R's initial seasons (decomposition of the whole series) and its check that no initial
        // multiplicative season is negative
        Map<String, TimeSeries> s = series();
        Ets.Fit f = Ets.fit(Ets.Spec.parse("ETS(M,N,N)"), 12, s.get("N1402").values(), 2000);
        assertEquals(958.698, f.aicc(), 1e-3);
        assertEquals(3, f.np);
        assertEquals(894.066, Ets.fit(Ets.Spec.parse("ETS(M,N,A)"), 12, s.get("N1412").values(), 2000).aicc(), 1e-3);
        Ets.Fit mnm = Ets.fit(Ets.Spec.parse("ETS(M,N,M)"), 12, s.get("N1432").values(), 2000);
        assertEquals(1028.526, mnm.aicc(), 1e-3);
        assertEquals(0.214091866554496, mnm.alpha, 1e-6);
        assertEquals(4482.62865359163, mnm.pointForecast(1)[0], 1e-2);
    }

    @Test
    void negativeInitialMultiplicativeSeasonIsRefused() {
        // phases 1..11 summing to more than m leave a negative season for phase 0
        double[] y = IntStream.range(0, 36).mapToDouble(i -> 100 + i).toArray();
        double[] par = new double[2 + 1 + 11];
        par[0] = 0.1;
        par[1] = 0.01;
        par[2] = 100;
        Arrays.fill(par, 3, par.length, 1.2);
        assertTrue(Double.isNaN(Ets.lik(Ets.Spec.parse("ETS(M,N,M)"), 12, par, y, new double[14])));
        Arrays.fill(par, 3, par.length, 1.0);
        assertTrue(Double.isFinite(Ets.lik(Ets.Spec.parse("ETS(M,N,M)"), 12, par, y, new double[14])));
    }

    @Test
    void akaikeWeightsAverageTheForms() throws IOException {
        TimeSeries s = series().get("N1432");
        double[] y = s.values();
        Ets.Fit best = EtsModel.auto(y, 12);
        List<Ets.Fit> forms = new ArrayList<>();
        for (Ets.Spec spec : EtsModel.candidates(y, 12)) {
            Ets.Fit f = Ets.fit(spec, 12, y, EtsModel.MAXIT);
            if (f != null) {
                forms.add(f);
            }
        }
        double[] w = EtsModel.akaikeWeights(forms);
        assertEquals(1, Arrays.stream(w).sum(), 1e-12);
        double[] expected = new double[18];
        for (int k = 0; k < forms.size(); k++) {
            double[] f = forms.get(k).pointForecast(18);
            // a form 2 AICc points behind the best has e^-1 of its weight
            assertEquals(Math.exp(-0.5 * (forms.get(k).aicc() - best.aicc())), w[k] / w[forms.indexOf(
                    forms.stream().filter(x -> x.spec.equals(best.spec)).findFirst().orElseThrow())], 1e-9);
            for (int i = 0; i < 18; i++) {
                expected[i] += w[k] * f[i];
            }
        }
        FittedModel fit = new AutoEts().fit(s);
        Forecast fc = fit.forecast(18, 80, 95);
        for (int i = 0; i < 18; i++) {
            assertEquals(expected[i], fc.mean()[i], 1e-6 * Math.abs(expected[i]));
            assertTrue(fc.intervals().get(1).lower()[i] <= fc.intervals().get(0).lower()[i]
                    && fc.intervals().get(0).upper()[i] <= fc.intervals().get(1).upper()[i], "step " + i);
        }
        assertTrue(fit.description().startsWith(best.spec.toString()) && fit.description().contains("Akaike"), fit.description());
        // the single-form model is R's choice
        assertEquals("ETS(M,N,M)", new SelectedEts().fit(s).description());
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
