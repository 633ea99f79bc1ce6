package com.salesworkbench.seasonality;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spreads a target over periods (or groups) by a profile. Locked cells keep their amount, overridden cells
 * take the typed amount; the remainder is spread over the other cells in proportion to their weights. Every
 * amount is rounded to the currency's minor unit (half-even) and the rounding difference goes to the cell
 * with the largest weight, so the cells add up to exactly the target.
 */
public final class Phasing {

    /** How a cell got its amount. */
    public enum Kind {
        SPREAD, LOCKED, OVERRIDE
    }

    public record Cell(String label, double weight, Money amount, Kind kind) {
    }

    public record Result(Money target, List<Cell> cells) {
        public Result {
            cells = List.copyOf(cells);
        }

        public Money total() {
            Money t = Money.zero(target.currency());
            for (Cell c : cells) {
                t = t.plus(c.amount());
            }
            return t;
        }

        public Money amount(String label) {
            return cells.stream().filter(c -> c.label().equals(label)).findFirst()
                    .orElseThrow(() -> new SeasonalityException("phase.unknownLabel", label)).amount();
        }
    }

    private Phasing() {
    }

    /**
     * @param labels    the cells, e.g. {@code 2026-01} .. {@code 2026-12}
     * @param weights   the profile: one non-negative weight per label (shares, indices or last year's sales)
     * @param locks     held cells and their amounts
     * @param overrides cells with an amount typed by the planner
     */
    public static Result phase(Money target, List<String> labels, double[] weights, Map<String, Money> locks,
            Map<String, Money> overrides) {
        Objects.requireNonNull(target, "target");
        if (labels.size() != weights.length) {
            throw new SeasonalityException("phase.profileLength", weights.length, labels.size());
        }
        if (labels.stream().distinct().count() != labels.size()) {
            throw new SeasonalityException("phase.duplicateLabel", String.join(", ", labels));
        }
        for (String l : locks.keySet()) {
            if (!labels.contains(l)) {
                throw new SeasonalityException("phase.unknownLabel", l);
            }
            if (overrides.containsKey(l)) {
                throw new SeasonalityException("phase.lockedAndOverridden", l);
            }
        }
        for (String l : overrides.keySet()) {
            if (!labels.contains(l)) {
                throw new SeasonalityException("phase.unknownLabel", l);
            }
        }
        Money fixed = Money.zero(target.currency());
        for (Map.Entry<String, Money> e : locks.entrySet()) {
            fixed = fixed.plus(e.getValue());
        }
        for (Map.Entry<String, Money> e : overrides.entrySet()) {
            fixed = fixed.plus(e.getValue());
        }
        BigDecimal remainder = target.amount().subtract(fixed.amount());
        if (remainder.signum() != 0 && remainder.signum() != target.signum()) {
            throw new SeasonalityException("phase.locksExceed", fixed, target);
        }
        List<Integer> free = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int largest = -1;
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            if (locks.containsKey(l) || overrides.containsKey(l)) {
                continue;
            }
            double w = weights[i];
            if (!Double.isFinite(w) || w < 0) {
                throw new SeasonalityException("phase.badWeight", l, w);
            }
            free.add(i);
            sum = sum.add(BigDecimal.valueOf(w));
            if (largest < 0 || w > weights[largest]) {
                largest = i;
            }
        }
        if (free.isEmpty() && remainder.signum() != 0) {
            throw new SeasonalityException("phase.allFixed", fixed, target);
        }
        if (!free.isEmpty() && sum.signum() == 0 && remainder.signum() != 0) {
            throw new SeasonalityException("phase.zeroProfile", Money.zero(target.currency()).plus(new Money(remainder, target.currency())));
        }
        int scale = target.amount().scale();
        BigDecimal[] amount = new BigDecimal[labels.size()];
        BigDecimal spread = BigDecimal.ZERO;
        for (int i : free) {
            BigDecimal a = sum.signum() == 0 ? BigDecimal.ZERO
                    : remainder.multiply(BigDecimal.valueOf(weights[i])).divide(sum, MathContext.DECIMAL128)
                            .setScale(scale, RoundingMode.HALF_EVEN);
            amount[i] = a;
            spread = spread.add(a);
        }
        if (largest >= 0) {
            amount[largest] = amount[largest].add(remainder.subtract(spread));
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            if (locks.containsKey(l)) {
                cells.add(new Cell(l, weights[i], locks.get(l), Kind.LOCKED));
            } else if (overrides.containsKey(l)) {
                cells.add(new Cell(l, weights[i], overrides.get(l), Kind.OVERRIDE));
            } else {
                cells.add(new Cell(l, weights[i], new Money(amount[i], target.currency()), Kind.SPREAD));
            }
        }
        return new Result(target, cells);
    }
}
