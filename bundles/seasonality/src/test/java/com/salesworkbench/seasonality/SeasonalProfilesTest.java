package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonalProfilesTest {

    static final double[] INDEX = {0.8, 0.7, 0.9, 1.0, 1.0, 1.2, 1.3, 1.3, 1.1, 0.9, 0.8, 1.0};

    static TimeSeries member(String id, String start, int n, double level) {
        PlanPeriod s = PlanPeriod.parse(start);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = level * INDEX[Cycles.position(s.plus(i))];
        }
        return new TimeSeries(id, s, y);
    }

    @Test
    void aLongEnoughSeriesUsesItsOwnIndices() {
        SeasonalProfiles.Resolved r = SeasonalProfiles.resolve(member("roses", "2022-01", 36, 100), SeasonalForm.MULTIPLICATIVE,
                DecompositionOptions.DEFAULT, null, List.of());
        assertEquals(SeasonalProfile.Source.ESTIMATED, r.profile().source());
        assertArrayEquals(INDEX, r.profile().indices(), 1e-9);
    }

    @Test
    void aShortSeriesFallsBackToATypedProfileAndSaysSo() {
        SeasonalProfile typed = SeasonalProfile.typed("manual", Frequency.MONTH, SeasonalForm.MULTIPLICATIVE,
                new double[] {8, 7, 9, 10, 10, 12, 13, 13, 11, 9, 8, 10});
        assertArrayEquals(INDEX, typed.indices(), 1e-12);
        SeasonalProfiles.Resolved r = SeasonalProfiles.resolve(member("new-shop", "2025-05", 14, 50), SeasonalForm.MULTIPLICATIVE,
                DecompositionOptions.DEFAULT, typed, List.of());
        assertEquals(SeasonalProfile.Source.TYPED, r.profile().source());
        assertEquals("fallback.typed", r.notes().get(0).key());
        assertTrue(r.notes().get(0).toString().contains("14"), r.notes().get(0).toString());
    }

    @Test
    void aShortSeriesFallsBackToThePooledProfileOfItsFamily() {
        List<TimeSeries> family = List.of(member("roses", "2021-01", 48, 1000), member("tulips", "2022-04", 30, 10),
                member("lilies", "2025-01", 10, 5));
        SeasonalProfiles.Resolved r = SeasonalProfiles.resolve(member("peonies", "2025-09", 6, 3), SeasonalForm.MULTIPLICATIVE,
                DecompositionOptions.DEFAULT, null, family);
        assertEquals(SeasonalProfile.Source.FAMILY, r.profile().source());
        assertArrayEquals(INDEX, r.profile().indices(), 1e-9);
        assertEquals("fallback.family", r.notes().get(0).key());
    }

    @Test
    void aShortSeriesWithoutFallbackNamesBothRemedies() {
        SeasonalityException e = assertThrows(SeasonalityException.class, () -> SeasonalProfiles.resolve(
                member("peonies", "2025-09", 6, 3), SeasonalForm.MULTIPLICATIVE, DecompositionOptions.DEFAULT, null, List.of()));
        assertEquals("history.shortNoFallback", e.reason().key());
        assertTrue(e.getMessage().contains("--profile") && e.getMessage().contains("--family"));
    }

    @Test
    void aProfileOfZerosIsRefused() {
        SeasonalityException e = assertThrows(SeasonalityException.class,
                () -> SeasonalProfile.typed("zeros", Frequency.MONTH, SeasonalForm.MULTIPLICATIVE, new double[12]));
        assertEquals("profile.zero", e.reason().key());
        assertEquals("profile.length", assertThrows(SeasonalityException.class,
                () -> SeasonalProfile.typed("short", Frequency.MONTH, SeasonalForm.MULTIPLICATIVE, new double[5])).reason().key());
    }
}
