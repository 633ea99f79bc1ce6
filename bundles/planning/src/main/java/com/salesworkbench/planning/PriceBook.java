package com.salesworkbench.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Average check (unit cost) and target margin per product and region, and the price mode that turns them
 * into a unit price: Money = Units x AverageCheck(product, region) x (1 + TargetMargin(product, region)) in
 * markup mode (the default), Units x AverageCheck / (1 - TargetMargin) in margin-on-price mode.
 */
public final class PriceBook {

    private final PriceMode mode;
    private final Map<String, Map<String, BigDecimal>> checks = new LinkedHashMap<>();
    private final Map<String, Map<String, BigDecimal>> margins = new LinkedHashMap<>();

    public PriceBook(PriceMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public PriceMode mode() {
        return mode;
    }

    public PriceBook withMode(PriceMode other) {
        PriceBook b = new PriceBook(other);
        checks.forEach((p, m) -> b.checks.put(p, new LinkedHashMap<>(m)));
        margins.forEach((p, m) -> b.margins.put(p, new LinkedHashMap<>(m)));
        return b;
    }

    /** The average check (unit cost) of a product in a region; must not be negative. */
    public PriceBook averageCheck(String product, String region, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new PlanningException("price.negativeCheck", product, region, amount.toPlainString());
        }
        checks.computeIfAbsent(product, k -> new LinkedHashMap<>()).put(region, amount);
        return this;
    }

    /** The target margin as a fraction (0.20 for 20%). */
    public PriceBook targetMargin(String product, String region, BigDecimal rate) {
        margins.computeIfAbsent(product, k -> new LinkedHashMap<>()).put(region, rate);
        return this;
    }

    /** The average check, or an error naming the cell when the product has none for the region. */
    public BigDecimal averageCheck(String product, String region, String cell) {
        BigDecimal c = checks.getOrDefault(product, Map.of()).get(region);
        if (c == null) {
            throw new PlanningException("price.noCheck", product, region, cell);
        }
        return c;
    }

    /** The target margin; a product without one for the region has margin 0 only if it was never given one. */
    public BigDecimal targetMargin(String product, String region, String cell) {
        BigDecimal m = margins.getOrDefault(product, Map.of()).get(region);
        if (m == null) {
            throw new PlanningException("price.noMargin", product, region, cell);
        }
        return m;
    }

    /** The unit price of a product in a region (exact in markup mode; 34 significant digits otherwise). */
    public BigDecimal unitPrice(String product, String region, String cell) {
        BigDecimal check = averageCheck(product, region, cell);
        BigDecimal m = targetMargin(product, region, cell);
        return switch (mode) {
            case MARKUP -> check.multiply(BigDecimal.ONE.add(m));
            case MARGIN_ON_PRICE -> {
                if (m.compareTo(BigDecimal.ONE) >= 0) {
                    throw new PlanningException("price.marginTooHigh", product, region, cell,
                            m.movePointRight(2).stripTrailingZeros().toPlainString());
                }
                yield check.divide(BigDecimal.ONE.subtract(m), MathContext.DECIMAL128);
            }
        };
    }

    public Map<String, Map<String, BigDecimal>> averageChecks() {
        return checks;
    }

    public Map<String, Map<String, BigDecimal>> targetMargins() {
        return margins;
    }
}
