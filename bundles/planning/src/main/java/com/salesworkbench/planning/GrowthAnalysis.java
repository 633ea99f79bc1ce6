package com.salesworkbench.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Growth analysis of yearly (or any periodic) figures, seed 001 table 6: growth over the period, CAGR over
 * n-1 intervals, year-on-year change, structure shares of the parts in a total, and a flag where cost grows
 * faster than revenue. Ratios are fractions (0.466 = 46.6%) with 34 significant digits; {@link #percent}
 * rounds them for display.
 */
public final class GrowthAnalysis {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** One row: an item and its values, oldest first. */
    public record Row(String item, List<BigDecimal> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    /** Everything computed for one row. */
    public record Result(String item, BigDecimal growth, BigDecimal cagr, List<BigDecimal> yearOnYear) {
    }

    private GrowthAnalysis() {
    }

    /** last / first - 1. */
    public static BigDecimal growth(Row row) {
        check(row);
        List<BigDecimal> v = row.values();
        return v.get(v.size() - 1).divide(v.get(0), MC).subtract(BigDecimal.ONE);
    }

    /**
     * (last / first)^(1 / (n - 1)) - 1: n values span n-1 intervals (6 years give 5; 1/6 would be wrong).
     * The root is taken in double precision (about 15 significant digits).
     */
    public static BigDecimal cagr(Row row) {
        check(row);
        List<BigDecimal> v = row.values();
        double ratio = v.get(v.size() - 1).divide(v.get(0), MC).doubleValue();
        if (ratio < 0) {
            throw new PlanningException("growth.signChange", row.item());
        }
        double r = Math.pow(ratio, 1.0 / (v.size() - 1)) - 1;
        return new BigDecimal(r, MathContext.DECIMAL64);
    }

    /** Change from each value to the next: v[i] / v[i-1] - 1 (one fewer than the values). */
    public static List<BigDecimal> yearOnYear(Row row) {
        check(row);
        List<BigDecimal> out = new ArrayList<>();
        List<BigDecimal> v = row.values();
        for (int i = 1; i < v.size(); i++) {
            if (v.get(i - 1).signum() == 0) {
                throw new PlanningException("growth.zeroBase", row.item(), i - 1);
            }
            out.add(v.get(i).divide(v.get(i - 1), MC).subtract(BigDecimal.ONE));
        }
        return out;
    }

    public static Result analyse(Row row) {
        return new Result(row.item(), growth(row), cagr(row), yearOnYear(row));
    }

    /** The share of a part in the total, position by position. */
    public static List<BigDecimal> shares(Row part, Row total) {
        if (part.values().size() != total.values().size()) {
            throw new PlanningException("growth.lengths", part.item(), part.values().size(), total.item(),
                    total.values().size());
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < part.values().size(); i++) {
            BigDecimal t = total.values().get(i);
            if (t.signum() == 0) {
                throw new PlanningException("growth.zeroBase", total.item(), i);
            }
            out.add(part.values().get(i).divide(t, MC));
        }
        return out;
    }

    /**
     * The positions (1 .. n-1, the later year of each pair) where cost grew faster than revenue year on
     * year; position 0 stands for the whole period when cost's total growth exceeds revenue's.
     */
    public static List<Integer> costFasterThanRevenue(Row cost, Row revenue) {
        if (cost.values().size() != revenue.values().size()) {
            throw new PlanningException("growth.lengths", cost.item(), cost.values().size(), revenue.item(),
                    revenue.values().size());
        }
        List<Integer> flags = new ArrayList<>();
        if (growth(cost).compareTo(growth(revenue)) > 0) {
            flags.add(0);
        }
        List<BigDecimal> c = yearOnYear(cost);
        List<BigDecimal> r = yearOnYear(revenue);
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).compareTo(r.get(i)) > 0) {
                flags.add(i + 1);
            }
        }
        return flags;
    }

    /** A fraction as a percentage rounded half-up to {@code decimals} places: 0.46569 -> 46.6. */
    public static BigDecimal percent(BigDecimal fraction, int decimals) {
        return fraction.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
    }

    private static void check(Row row) {
        if (row.values().size() < 2) {
            throw new PlanningException("growth.tooShort", row.item(), row.values().size());
        }
        for (int i = 0; i < row.values().size(); i++) {
            if (row.values().get(i) == null) {
                throw new PlanningException("growth.missing", row.item(), i);
            }
        }
        if (row.values().get(0).signum() == 0) {
            throw new PlanningException("growth.zeroBase", row.item(), 0);
        }
    }
}
