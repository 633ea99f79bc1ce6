package com.salesworkbench.swot.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.strategy.Link;
import com.salesworkbench.swot.Finding;
import com.salesworkbench.swot.FindingSource;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.workspace.ClientWorkspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/**
 * Findings from the client's series: a series whose last year (the last 12 months, 4 quarters...) fell or grew
 * by more than 10 % against the year before (e.g. a falling product family) is offered as a threat or an
 * opportunity, linked as {@code series:FILE#ID}.
 */
@Component
public class SeriesTrendFindings implements FindingSource {

    static final double THRESHOLD = 0.10;

    @Override
    public List<Finding> findings(ClientWorkspace client, Locale locale) {
        Texts t = Texts.of(SeriesTrendFindings.class, locale);
        List<Finding> out = new ArrayList<>();
        for (String file : client.seriesNames()) {
            List<TimeSeries> all;
            try {
                all = client.readSeries(file);
            } catch (RuntimeException e) {
                continue;
            }
            for (TimeSeries s : all) {
                trend(s).ifPresent(change -> {
                    boolean falling = change < 0;
                    String pct = String.format(locale, "%+.0f%%", change * 100);
                    out.add(new Finding(new Link("series", file + "#" + s.id()),
                            t.get(falling ? "finding.falling" : "finding.rising", s.id(), pct, s.end()),
                            falling ? Quadrant.THREAT : Quadrant.OPPORTUNITY));
                });
            }
        }
        return out;
    }

    /** Change of the last year's total against the year before, when it passes the threshold. */
    static java.util.Optional<Double> trend(TimeSeries s) {
        int year = s.frequency() == com.salesworkbench.api.time.Frequency.DAY ? 365 : s.frequency().periodsPerCycle();
        double[] v = s.values();
        if (year < 1 || v.length < 2 * year) {
            return java.util.Optional.empty();
        }
        double last = 0;
        double before = 0;
        for (int i = v.length - year; i < v.length; i++) {
            last += v[i];
        }
        for (int i = v.length - 2 * year; i < v.length - year; i++) {
            before += v[i];
        }
        if (!(before > 0) || Double.isNaN(last)) {
            return java.util.Optional.empty();
        }
        double change = last / before - 1;
        return Math.abs(change) > THRESHOLD ? java.util.Optional.of(change) : java.util.Optional.empty();
    }
}
