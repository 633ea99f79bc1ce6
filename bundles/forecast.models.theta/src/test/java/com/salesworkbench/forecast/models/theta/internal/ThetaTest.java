package com.salesworkbench.forecast.models.theta.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThetaTest {

    @Test
    void aLineIsContinuedWithHalfItsSlopeOrMore() {
        TimeSeries s = new TimeSeries("line", PlanPeriod.parse("2020-01"), IntStream.range(0, 30).mapToDouble(i -> 100 + 2 * i).toArray());
        for (ThetaModel m : List.of(new Theta(), new Stm(), new Otm(), new Dstm(), new Dotm())) {
            FittedModel f = m.fit(s);
            double[] fc = f.forecast(6).mean();
            assertTrue(fc[0] > 158 && fc[0] < 162, m.id() + " first step " + fc[0]);
            assertTrue(fc[5] > fc[0], m.id() + " trends upwards");
        }
        // classic theta: drift is half the regression slope
        assertEquals(1.0, new Theta().fit(s).parameters().get("drift"), 1e-9);
    }

    @Test
    void seasonalSeriesAreAdjustedByTheAcfTest() {
        double[] idx = {0.6, 0.8, 1.0, 1.2, 1.4, 1.0, 0.9, 1.1, 1.0, 0.9, 1.0, 1.1};
        double[] y = IntStream.range(0, 60).mapToDouble(i -> (200 + i) * idx[i % 12]).toArray();
        TimeSeries s = new TimeSeries("s", PlanPeriod.parse("2020-01"), y);
        FittedModel f = new Theta().fit(s);
        assertTrue(f.description().contains("seasonally adjusted"), f.description());
        double[] fc = f.forecast(12).mean();
        assertTrue(fc[4] > fc[0] * 2, "May peak kept: " + fc[4] + " vs " + fc[0]);
    }
}
