package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TrendFitterTest {

    static double[] curve(int n, java.util.function.DoubleUnaryOperator f) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = f.applyAsDouble(i + 1);
        }
        return y;
    }

    @Test
    void eachCurveRecoversItsOwnCoefficients() {
        int n = 48;
        assertCoefficients(TrendCurve.LINEAR, curve(n, t -> 10 + 2 * t), 10, 2);
        assertCoefficients(TrendCurve.QUADRATIC, curve(n, t -> 5 - 0.5 * t + 0.03 * t * t), 5, -0.5, 0.03);
        assertCoefficients(TrendCurve.CUBIC, curve(n, t -> 100 + 3 * t - 0.2 * t * t + 0.004 * t * t * t), 100, 3, -0.2, 0.004);
        assertCoefficients(TrendCurve.LOGARITHMIC, curve(n, t -> 7 + 4 * Math.log(t)), 7, 4);
        assertCoefficients(TrendCurve.POWER, curve(n, t -> 3 * Math.pow(t, 0.7)), 3, 0.7);
        assertCoefficients(TrendCurve.EXPONENTIAL, curve(n, t -> 50 * Math.exp(0.02 * t)), 50, 0.02);
    }

    static void assertCoefficients(TrendCurve c, double[] y, double... expected) {
        TrendFit f = TrendFitter.fit(y, c);
        double[] got = f.coefficients();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 1e-7 * Math.max(1, Math.abs(expected[i])), c + " coefficient " + i);
        }
        assertEquals(1.0, f.rSquared(), 1e-9);
        assertEquals(y[y.length - 1], f.valueAt(y.length), 1e-6 * Math.abs(y[y.length - 1]));
    }

    @Test
    void rSquaredAndAdjustedRSquaredFollowTheirFormulas() {
        double[] y = {3, 5, 4, 8, 7, 9, 12, 10, 13, 15, 14, 18};
        TrendFit f = TrendFitter.fit(y, TrendCurve.LINEAR);
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < y.length; i++) {
            ssRes += Math.pow(y[i] - f.valueAt(i + 1), 2);
            ssTot += Math.pow(y[i] - mean, 2);
        }
        assertEquals(1 - ssRes / ssTot, f.rSquared(), 1e-12);
        assertEquals(1 - (1 - f.rSquared()) * 11 / 10, f.adjustedRSquared(), 1e-12);
        assertEquals(ssRes / 10, f.residualVariance(), 1e-12);
    }

    @Test
    void theBestCandidateHasTheHighestAdjustedRSquaredAndNoisyDataDoesNotBuyACubic() {
        java.util.Random rnd = new java.util.Random(7);
        double[] y = curve(60, t -> 200 + 1.5 * t + rnd.nextGaussian() * 5);
        TrendFitter.Candidates c = TrendFitter.fitAll(y);
        for (int i = 1; i < c.fits().size(); i++) {
            assertTrue(c.fits().get(i - 1).adjustedRSquared() >= c.fits().get(i).adjustedRSquared());
        }
        TrendFit cubic = c.fits().stream().filter(f -> f.curve() == TrendCurve.CUBIC).findFirst().orElseThrow();
        TrendFit linear = c.fits().stream().filter(f -> f.curve() == TrendCurve.LINEAR).findFirst().orElseThrow();
        assertTrue(cubic.rSquared() >= linear.rSquared(), "R^2 alone never falls with the degree");
        assertTrue(cubic.adjustedRSquared() - cubic.rSquared() < linear.adjustedRSquared() - linear.rSquared(),
                "the adjustment costs the cubic more");
    }

    @Test
    void aDegreeTheDataCannotCarryIsRefusedWithAReason() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        TrendFitter.Candidates c = TrendFitter.fitAll(y, EnumSet.of(TrendCurve.LINEAR, TrendCurve.CUBIC));
        assertEquals(1, c.fits().size());
        assertEquals(TrendCurve.LINEAR, c.best().curve());
        assertEquals("trend.tooShort", c.refused().get(0).key());
        assertTrue(c.refused().get(0).toString().contains("cubic"));
    }

    @Test
    void powerAndExponentialCurvesRefuseNonPositiveValues() {
        double[] y = {5, 4, 3, 2, 1, 0, -1, -2, -3, -4, -5, -6};
        TrendFitter.Candidates c = TrendFitter.fitAll(y);
        assertFalse(c.fits().stream().anyMatch(f -> f.curve() == TrendCurve.POWER || f.curve() == TrendCurve.EXPONENTIAL));
        assertEquals(2, c.refused().stream().filter(m -> m.key().equals("trend.nonPositive")).count());
    }

    @Test
    void theIntervalWidensAwayFromTheData() {
        java.util.Random rnd = new java.util.Random(3);
        double[] y = curve(36, t -> 10 + t + rnd.nextGaussian());
        TrendFit f = TrendFitter.fit(y, TrendCurve.LINEAR);
        assertTrue(f.halfWidth(48, 95) > f.halfWidth(37, 95));
        assertTrue(f.halfWidth(37, 95) > f.halfWidth(37, 80));
    }
}
