package com.salesworkbench.motivation;

import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Monthly figures of each rep from activity rows: every metric summed per month; {@code sales} also becomes
 * {@code actual} unless an {@code actual} metric is given.
 */
public final class Figures {
    private Figures() {
    }

    public static Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> monthly(Collection<Activity> rows) {
        Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> out = new TreeMap<>();
        for (Activity a : rows) {
            PlanPeriod p = PlanPeriod.month(YearMonth.from(a.date()));
            out.computeIfAbsent(a.person(), k -> new TreeMap<>()).computeIfAbsent(p, k -> new HashMap<>())
                    .merge(a.metric(), a.value(), BigDecimal::add);
        }
        out.values().forEach(months -> months.values().forEach(m -> {
            if (!m.containsKey("actual") && m.containsKey("sales")) {
                m.put("actual", m.get("sales"));
            }
        }));
        return out;
    }

    /** One month of every rep (reps without figures in that month are left out). */
    public static Map<String, Map<String, BigDecimal>> month(Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> all,
                                                             PlanPeriod period) {
        Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
        all.forEach((rep, months) -> {
            Map<String, BigDecimal> m = months.get(period);
            if (m != null) {
                out.put(rep, m);
            }
        });
        return out;
    }
}
