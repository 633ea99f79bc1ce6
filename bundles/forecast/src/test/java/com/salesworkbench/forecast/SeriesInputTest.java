package com.salesworkbench.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.TimeSeries;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SeriesInputTest {

    private static SeriesInput.Result read(String csv) {
        return SeriesInput.read(csv.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
    }

    @Test
    void problemsOfOneSeriesNameTheLineAndLeaveTheOthersAlone() {
        SeriesInput.Result r = read("series_id,ds,y\n"
                + "a,2024-01,10\n"
                + "a,2024-02,abc\n"
                + "a,2024-02,12\n"
                + "a,2024-04,14\n"
                + "b,2024-01,1\n"
                + "b,2024-02,2\n");
        assertEquals(2, r.series().size());
        TimeSeries a = r.series().get(0);
        assertEquals(4, a.length(), "2024-01 .. 2024-04 with the gap and the bad value missing");
        assertTrue(Double.isNaN(a.valueAt(1)));
        assertTrue(Double.isNaN(a.valueAt(2)));
        String msgs = String.join("\n", r.messagesOf("a"));
        assertTrue(msgs.contains("line 3, column y: 'abc' is not a number"), msgs);
        assertTrue(msgs.contains("line 4: second value for 2024-02 (first on line 3)"), msgs);
        assertTrue(msgs.contains("no row for 2024-03"), msgs);
        assertTrue(r.messagesOf("b").isEmpty());
    }

    @Test
    void oneUnnamedSeriesAndBadHeaders() {
        SeriesInput.Result r = read("ds,y\n2024-Q1,5\n2024-Q2,6\n");
        assertEquals("series", r.series().get(0).id());
        assertEquals(2, r.series().get(0).length());
        SeriesInput.Result bad = read("when,value\n2024,1\n");
        assertTrue(bad.series().isEmpty());
        assertTrue(bad.fileErrors().get(0).contains("expected the header series_id,ds,y"), bad.fileErrors().toString());
    }
}
