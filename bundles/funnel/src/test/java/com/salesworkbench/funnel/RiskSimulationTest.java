package com.salesworkbench.funnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RiskSimulationTest {

    /** 40 deals of 10 000 - 60 000 (in whole thousands) with probabilities 10-90%: small enough to compute exactly. */
    static long[] amounts = new long[40];
    static double[] probs = new double[40];

    static {
        SplittableRandom g = new SplittableRandom(42);
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = (10 + g.nextInt(51)) * 1000L * 100; // in kopecks
            probs[i] = 0.1 + 0.8 * g.nextDouble();
        }
    }

    @Test
    void theExactDistributionOfTwoDealsIsRight() {
        var d = RiskSimulation.exact(new long[] {100, 300}, new double[] {0.5, 0.2}, 1000).orElseThrow();
        assertEquals(100, d.unit());
        assertArrayEquals(new double[] {0.4, 0.4, 0, 0.1, 0.1}, d.probabilities(), 1e-12);
        assertEquals(0, d.quantile(0.10));
        assertEquals(100, d.quantile(0.50));
        assertEquals(300, d.quantile(0.90));
        assertEquals(0.2, d.probabilityAtLeast(300), 1e-12);
        assertEquals(110, d.mean(), 1e-9);
    }

    @Test
    void simulatedPercentilesAreWithinHalfAPercentOfTheExactDistribution() {
        var exact = RiskSimulation.exact(amounts, probs, 1_000_000).orElseThrow();
        long plan = exact.quantile(0.5);
        var sim = RiskSimulation.simulate(amounts, probs, 200_000, 12345L, 2, plan);
        for (double q : new double[] {0.10, 0.50, 0.90}) {
            long e = exact.quantile(q);
            long s = q == 0.10 ? sim.p10() : q == 0.50 ? sim.p50() : sim.p90();
            double rel = Math.abs(s - e) / (double) e;
            assertTrue(rel <= 0.005, "P" + Math.round(q * 100) + ": simulated " + s + " vs exact " + e + " (" + rel + ")");
        }
        assertEquals(exact.mean(), sim.mean(), exact.mean() * 0.005);
        assertEquals(exact.probabilityAtLeast(plan), sim.probabilityOfPlan(), 0.005);
    }

    @Test
    void theSameSeedGivesTheSameRunsWhateverTheThreadCount() {
        long[] one = RiskSimulation.outcomes(amounts, probs, 5_000, 7L, 1);
        long[] two = RiskSimulation.outcomes(amounts, probs, 5_000, 7L, 2);
        long[] four = RiskSimulation.outcomes(amounts, probs, 5_000, 7L, 4);
        assertArrayEquals(one, two);
        assertArrayEquals(one, four);
        long[] other = RiskSimulation.outcomes(amounts, probs, 5_000, 8L, 2);
        assertFalse(java.util.Arrays.equals(one, other));
    }

    @Test
    void certainAndHopelessDealsBehave() {
        var r = RiskSimulation.simulate(new long[] {500, 700, 900}, new double[] {1.0, 0.0, 1.0}, 1000, 1L, 2, 1400);
        assertEquals(1400, r.p10());
        assertEquals(1400, r.p90());
        assertEquals(1.0, r.probabilityOfPlan());
        var none = RiskSimulation.simulate(new long[] {500}, new double[] {1.0}, 10, 1L, 1, 501);
        assertEquals(0.0, none.probabilityOfPlan());
    }

    @Test
    void aLargePipelineHasNoExactDistribution() {
        long[] big = new long[1000];
        double[] p = new double[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = 100_000_001L + i;
            p[i] = 0.5;
        }
        assertTrue(RiskSimulation.exact(big, p, 2_000_000).isEmpty());
    }
}
