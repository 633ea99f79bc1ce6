package com.salesworkbench.seasonality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.SeasonalityException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesInputTest {

    @Test
    void rsExportReadsWithAFrequency() {
        String csv = "\"ds\",\"y\",\"trend\"\n\"1949-01-01\",112,\n\"1949-02-01\",118,\n\"1949-03-01\",NA,\n\"1949-04-01\",129,\n";
        List<TimeSeries> s = SeriesInput.read("air.csv", csv, Frequency.MONTH, "air");
        assertEquals(1, s.size());
        assertEquals("air", s.get(0).id());
        assertEquals(PlanPeriod.parse("1949-01"), s.get(0).start());
        assertEquals(4, s.get(0).length());
        assertTrue(Double.isNaN(s.get(0).valueAt(2)));
    }

    @Test
    void longFormatWithSeveralSeries() {
        String csv = "series_id,ds,y\nroses,2024-Q1,1\nroses,2024-Q2,2\ntulips,2024-Q1,3\n";
        List<TimeSeries> s = SeriesInput.read("f.csv", csv, null, "x");
        assertEquals(List.of("roses", "tulips"), s.stream().map(TimeSeries::id).toList());
        assertEquals(Frequency.QUARTER, s.get(0).frequency());
    }

    @Test
    void errorsNameTheFileLineAndColumn() {
        SeasonalityException gap = assertThrows(SeasonalityException.class,
                () -> SeriesInput.read("f.csv", "ds,y\n2024-01,1\n2024-03,2\n", null, "x"));
        assertTrue(gap.getMessage().startsWith("f.csv, line 3, column ds:") && gap.getMessage().contains("2024-02"), gap.getMessage());
        SeasonalityException notNumber = assertThrows(SeasonalityException.class,
                () -> SeriesInput.read("f.csv", "ds,y\n2024-01,1\n2024-02,abc\n", null, "x"));
        assertTrue(notNumber.getMessage().contains("line 3, column y") && notNumber.getMessage().contains("abc"));
        SeasonalityException header = assertThrows(SeasonalityException.class,
                () -> SeriesInput.read("f.csv", "date,value\n2024-01,1\n", null, "x"));
        assertTrue(header.getMessage().contains("ds and y"), header.getMessage());
        SeasonalityException badDate = assertThrows(SeasonalityException.class,
                () -> SeriesInput.read("f.csv", "ds,y\n2024-13,1\n", null, "x"));
        assertTrue(badDate.getMessage().contains("line 2, column ds"), badDate.getMessage());
    }
}
