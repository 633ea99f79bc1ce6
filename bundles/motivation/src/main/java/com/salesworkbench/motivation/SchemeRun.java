package com.salesworkbench.motivation;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scheme run on several reps over their periods (a past year's actuals, or a what-if): each rep's statements
 * (state such as draw balances carried month to month), the reps that could not be computed, and the cost.
 *
 * @param pay   each rep's total over the periods
 * @param sales each rep's actual sales over the periods
 */
public record SchemeRun(PayScheme scheme, Map<String, List<Statement>> statements, Map<String, Money> pay,
                        Map<String, BigDecimal> sales, List<Problem> problems) {

    public Money totalPay() {
        return pay.values().stream().reduce(Money::plus).orElse(Money.zero(Currency.getInstance(scheme.currency())));
    }

    public BigDecimal totalSales() {
        return sales.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Cost of sales: total pay / total sales; empty when there are no sales. */
    public Optional<BigDecimal> costOfSales() {
        BigDecimal s = totalSales();
        return s.signum() == 0 ? Optional.empty() : Optional.of(totalPay().amount().divide(s, 6, RoundingMode.HALF_EVEN));
    }

    /** Runs the scheme; {@code parallel} spreads the reps over the cores. */
    public static SchemeRun run(PayEngine engine, PayScheme scheme,
                                Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> figures, boolean parallel) {
        return run(engine, scheme, figures, parallel, true);
    }

    /**
     * Runs the scheme; with {@code keepStatements} false every statement is still computed line by line but only
     * the totals and problems are kept (a payroll-sized run that would not fit in memory as statements).
     */
    public static SchemeRun run(PayEngine engine, PayScheme scheme,
                                Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> figures, boolean parallel,
                                boolean keepStatements) {
        Map<String, List<Statement>> statements = new ConcurrentHashMap<>();
        Map<String, Money> pay = new ConcurrentHashMap<>();
        Map<String, BigDecimal> sales = new ConcurrentHashMap<>();
        Map<String, List<Problem>> problems = new ConcurrentHashMap<>();
        var stream = parallel ? figures.entrySet().parallelStream() : figures.entrySet().stream();
        stream.forEach(e -> {
            String rep = e.getKey();
            try {
                List<Statement> st = engine.evaluatePeriods(scheme, rep, e.getValue());
                if (keepStatements) {
                    statements.put(rep, st);
                }
                Money total = Money.zero(Currency.getInstance(scheme.currency()));
                BigDecimal sold = BigDecimal.ZERO;
                List<Problem> ps = new ArrayList<>();
                for (Statement s : st) {
                    total = total.plus(s.total());
                    sold = sold.add(e.getValue().get(s.period()).getOrDefault("actual", BigDecimal.ZERO));
                    for (Problem p : s.problems()) {
                        ps.add(new Problem(rep + "/" + p.subject(), p.key(), p.message(), p.args()));
                    }
                }
                pay.put(rep, total);
                sales.put(rep, sold);
                if (!ps.isEmpty()) {
                    // one problem per rule is enough: the same rule fails the same way every month
                    Map<String, Problem> first = new TreeMap<>();
                    ps.forEach(p -> first.putIfAbsent(p.subject(), p));
                    problems.put(rep, List.copyOf(first.values()));
                }
            } catch (PayException ex) {
                problems.put(rep, List.of(Problem.of(ex, rep)));
            }
        });
        List<Problem> all = new ArrayList<>();
        new TreeMap<>(problems).values().forEach(all::addAll);
        return new SchemeRun(scheme, new TreeMap<>(statements), new TreeMap<>(pay), new TreeMap<>(sales), all);
    }
}
