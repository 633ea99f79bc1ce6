package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One row of a rep's "crystal ball": a possible order of a customer with its amount (in the pipeline's
 * currency), closing probability (0..1) and expected close month, plus what the stage funnel needs: the
 * current (or last) stage, the status, when it was created and closed, and when it entered each stage.
 *
 * @param stageEntered stage id to the date the deal entered it (may be empty)
 */
public record Opportunity(String id, String rep, String customer, String product, String stage,
                          BigDecimal amount, BigDecimal probability, YearMonth closeMonth, DealStatus status,
                          LocalDate created, LocalDate closed, Map<String, LocalDate> stageEntered) {

    public Opportunity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(closeMonth, "closeMonth");
        customer = customer == null ? "" : customer;
        product = product == null ? "" : product;
        stage = stage == null ? "" : stage;
        status = status == null ? DealStatus.OPEN : status;
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("Negative amount of opportunity " + id + ": " + amount);
        }
        if (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Probability of opportunity " + id + " outside 0..1: " + probability);
        }
        stageEntered = stageEntered == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(stageEntered));
    }

    /** An open deal with just the crystal-ball fields. */
    public static Opportunity open(String id, String rep, String customer, BigDecimal amount, BigDecimal probability,
                                   YearMonth closeMonth) {
        return new Opportunity(id, rep, customer, "", "", amount, probability, closeMonth, DealStatus.OPEN,
                null, null, Map.of());
    }

    /** The same deal with another probability (e.g. a calibrated one). */
    public Opportunity withProbability(BigDecimal newProbability) {
        return new Opportunity(id, rep, customer, product, stage, amount, newProbability, closeMonth, status, created,
                closed, stageEntered);
    }

    /** Amount x probability, unrounded. */
    public BigDecimal weighted() {
        return amount.multiply(probability);
    }

    /** True while the deal is open (named without "is" so it does not become a JSON property). */
    public boolean open() {
        return status == DealStatus.OPEN;
    }
}
