package com.salesworkbench.planning;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other plans named by the seeds (planning.md section 7): planning vectors, the sales expense plan, the
 * collection plan, change efficiency and a rep's target decomposed into sub-targets and activity targets.
 */
public final class OtherPlans {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** Planning vectors (seed 001): separate sub-plans whose sum is the plan. */
    public enum Vector {
        NEW_CLIENTS, EXISTING_GROWTH, PRODUCTS, RECEIVABLES, WIN_BACK
    }

    private OtherPlans() {
    }

    public static Money vectorsTotal(Map<Vector, Money> vectors, Money zero) {
        Money t = zero;
        for (Map.Entry<Vector, Money> e : vectors.entrySet()) {
            if (!e.getValue().currency().equals(zero.currency())) {
                throw new PlanningException("quota.currency", e.getKey(), e.getValue().currency().getCurrencyCode(),
                        zero.currency().getCurrencyCode());
            }
            t = t.plus(e.getValue());
        }
        return t;
    }

    /**
     * Sales expense plan (seed 002): each month's variable expense = rate x the month's plan; the fixed
     * expense is spread evenly, the rounding remainder going to the last month.
     */
    public static List<Money> expensePlan(List<Money> monthlyPlan, BigDecimal variableRate, Money fixedTotal) {
        int n = monthlyPlan.size();
        if (n == 0) {
            throw new PlanningException("grid.noPeriods");
        }
        int scale = fixedTotal.amount().scale();
        BigDecimal share = fixedTotal.amount().divide(BigDecimal.valueOf(n), scale, RoundingMode.DOWN);
        BigDecimal last = fixedTotal.amount().subtract(share.multiply(BigDecimal.valueOf(n - 1)));
        List<Money> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Money variable = monthlyPlan.get(i).times(variableRate, RoundingMode.HALF_EVEN);
            out.add(variable.plus(new Money(i == n - 1 ? last : share, fixedTotal.currency())));
        }
        return out;
    }

    /**
     * Collection plan (seed 002): cash collected each month from the sales plan and the past collection
     * pattern ({@code pattern[k]} = share of a month's sales collected k months later; the shares must not
     * add up to more than 1). The result runs past the last sales month until everything is collected.
     */
    public static List<Money> collectionPlan(List<Money> monthlySales, List<BigDecimal> pattern) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < pattern.size(); k++) {
            if (pattern.get(k).signum() < 0) {
                throw new PlanningException("collection.negative", k, pattern.get(k));
            }
            sum = sum.add(pattern.get(k));
        }
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            throw new PlanningException("collection.overOne", sum.toPlainString());
        }
        int n = monthlySales.size() + pattern.size() - 1;
        List<Money> out = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            Money c = Money.zero(monthlySales.get(0).currency());
            for (int k = 0; k < pattern.size(); k++) {
                int s = m - k;
                if (s >= 0 && s < monthlySales.size()) {
                    c = c.plus(monthlySales.get(s).times(pattern.get(k), RoundingMode.HALF_EVEN));
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Change efficiency (seed 000): effect / investment x 100, over a 6- or 12-month window. */
    public static BigDecimal changeEfficiency(Money effect, Money investment, int windowMonths) {
        if (windowMonths != 6 && windowMonths != 12) {
            throw new PlanningException("efficiency.window", windowMonths);
        }
        if (investment.signum() <= 0) {
            throw new PlanningException("bases.notPositive", "investment", investment.amount().toPlainString());
        }
        return effect.amount().divide(investment.amount(), MC).multiply(BigDecimal.valueOf(100));
    }

    /** A rep's annual target split into named sub-targets by shares that add up to 1. */
    public static Map<String, Money> decompose(Money annual, Map<String, BigDecimal> shares, String what) {
        BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new PlanningException("decompose.shares", what, sum.toPlainString());
        }
        Map<String, Money> out = new LinkedHashMap<>();
        Money rest = annual;
        List<String> keys = new ArrayList<>(shares.keySet());
        for (int i = 0; i < keys.size(); i++) {
            Money part = i == keys.size() - 1 ? rest : annual.times(shares.get(keys.get(i)), RoundingMode.HALF_EVEN);
            out.put(keys.get(i), part);
            rest = rest.minus(part);
        }
        return out;
    }

    /** Activity targets: workload (visits a month) = sum of customers x visit frequency per class. */
    public record Activity(int visitsPerMonth, BigDecimal visitsPerWorkingDay) {
    }

    public static Activity activity(Map<String, Integer> customersByClass, Map<String, Integer> visitsPerMonthByClass,
            int workingDaysPerMonth) {
        int workload = 0;
        for (Map.Entry<String, Integer> e : customersByClass.entrySet()) {
            Integer f = visitsPerMonthByClass.get(e.getKey());
            if (f == null) {
                throw new PlanningException("decompose.noFrequency", e.getKey());
            }
            workload += e.getValue() * f;
        }
        if (workingDaysPerMonth <= 0) {
            throw new PlanningException("bases.notPositive", "working days", workingDaysPerMonth);
        }
        return new Activity(workload, BigDecimal.valueOf(workload).divide(BigDecimal.valueOf(workingDaysPerMonth), 2,
                RoundingMode.HALF_UP));
    }
}
