package com.salesworkbench.ui.motivation.internal;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.motivation.Activity;
import com.salesworkbench.motivation.ActivityCsv;
import com.salesworkbench.motivation.Figures;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayException;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.Statement;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** The reps' monthly figures read from a figures CSV, and each rep's statement of a month under a scheme. */
final class Statements {

    /** A rep's statement (or why the rep could not be computed) and the month's figures it was computed from. */
    record Row(String rep, Statement statement, PayException failure, Map<String, BigDecimal> figures) {
    }

    private final Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> figures;

    Statements(Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> figures) {
        this.figures = figures;
    }

    static Statements read(Reader csv) throws IOException {
        List<Activity> rows = ActivityCsv.read(csv);
        return new Statements(Figures.monthly(rows));
    }

    /** The months with figures, latest first. */
    List<PlanPeriod> periods() {
        TreeSet<PlanPeriod> all = new TreeSet<>();
        figures.values().forEach(m -> all.addAll(m.keySet()));
        return new ArrayList<>(all.descendingSet());
    }

    List<Row> evaluate(PayEngine engine, PayScheme scheme, PlanPeriod period) {
        List<Row> out = new ArrayList<>();
        // every month up to the chosen one, so balances (draws, clawbacks) carry over as on payroll
        figures.forEach((rep, months) -> {
            if (!months.containsKey(period)) {
                return;
            }
            try {
                List<Statement> all = engine.evaluatePeriods(scheme, rep, new TreeMap<>(months).headMap(period, true));
                out.add(new Row(rep, all.get(all.size() - 1), null, months.get(period)));
            } catch (PayException e) {
                out.add(new Row(rep, null, e, months.get(period)));
            }
        });
        return out;
    }
}
