package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MovingAveragesTest {

    static final double NA = Double.NaN;

    @Test
    void anOddWindowIsThePlainMeanAroundEachPoint() {
        assertArrayEquals(new double[] {NA, 2, 3, 4, NA}, MovingAverages.centred(new double[] {1, 2, 3, 4, 5}, 3), 1e-12);
    }

    @Test
    void anEvenWindowIsCentredWithHalfWeightedEnds() {
        double[] y = {1, 2, 3, 10, 5, 6, 7};
        double[] t = MovingAverages.centred(y, 4);
        // T(2) = (0.5*1 + 2 + 3 + 10 + 0.5*5) / 4
        assertEquals((0.5 * 1 + 2 + 3 + 10 + 0.5 * 5) / 4, t[2], 1e-12);
        assertEquals((0.5 * 2 + 3 + 10 + 5 + 0.5 * 6) / 4, t[3], 1e-12);
        assertTrue(Double.isNaN(t[1]) && Double.isNaN(t[5]));
    }

    @Test
    void twelveMonthWindowOfAConstantSeriesIsTheConstant() {
        double[] y = new double[36];
        java.util.Arrays.fill(y, 7.5);
        double[] t = MovingAverages.centred(y, 12);
        for (int i = 6; i < 30; i++) {
            assertEquals(7.5, t[i], 1e-12);
        }
        assertTrue(Double.isNaN(t[5]) && Double.isNaN(t[30]));
    }

    @Test
    void trailingAveragesOfThreeSixAndTwelve() {
        double[] y = new double[12];
        for (int i = 0; i < 12; i++) {
            y[i] = i + 1;
        }
        double[] ma3 = MovingAverages.trailing(y, 3);
        assertTrue(Double.isNaN(ma3[1]));
        assertEquals(2, ma3[2], 1e-12);
        assertEquals(11, ma3[11], 1e-12);
        assertEquals(3.5, MovingAverages.trailing(y, 6)[5], 1e-12);
        assertEquals(6.5, MovingAverages.trailing(y, 12)[11], 1e-12);
    }

    @Test
    void aWindowCoveringAMissingValueHasNoValue() {
        double[] ma = MovingAverages.trailing(new double[] {1, NA, 3, 4, 5}, 2);
        assertTrue(Double.isNaN(ma[1]) && Double.isNaN(ma[2]));
        assertEquals(3.5, ma[3], 1e-12);
    }

    @Test
    void aWindowBelowOneIsRefused() {
        SeasonalityException e = assertThrows(SeasonalityException.class, () -> MovingAverages.trailing(new double[] {1}, 0));
        assertTrue(e.getMessage().contains("window"), e.getMessage());
    }
}
