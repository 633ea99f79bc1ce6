package com.salesworkbench.planning;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The bases of an annual sales plan (seed 002, "annual total sales plan", 8 columns) and receivable days.
 * Rates are percentages (40 for 40%), as the seed writes them.
 */
public final class PlanBases {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The eight columns of the seed's table; any may be null when not worked out. */
    public record AnnualPlan(BigDecimal ownHistory, BigDecimal competitorHistory, BigDecimal breakEven,
            BigDecimal assetTurnover, BigDecimal netMargin, BigDecimal valueAdded, BigDecimal businessDevelopment,
            BigDecimal decided) {
    }

    private PlanBases() {
    }

    /** marginal-profit rate % = 100 - variable costs / sales x 100. */
    public static BigDecimal marginalProfitRate(BigDecimal variableCosts, BigDecimal sales) {
        nonZero(sales, "sales");
        return HUNDRED.subtract(variableCosts.divide(sales, MC).multiply(HUNDRED));
    }

    /** break-even basis = (fixed costs + planned profit) / marginal-profit rate % x 100. */
    public static BigDecimal breakEven(BigDecimal fixedCosts, BigDecimal plannedProfit, BigDecimal ratePercent) {
        positive(ratePercent, "marginal-profit rate");
        return fixedCosts.add(plannedProfit).divide(ratePercent, MC).multiply(HUNDRED);
    }

    /** asset-turnover basis = planned assets x planned turns per year. */
    public static BigDecimal assetTurnover(BigDecimal plannedAssets, BigDecimal turnsPerYear) {
        return plannedAssets.multiply(turnsPerYear);
    }

    /** net-margin basis = planned pre-tax profit / planned pre-tax margin % x 100. */
    public static BigDecimal netMargin(BigDecimal preTaxProfit, BigDecimal preTaxMarginPercent) {
        positive(preTaxMarginPercent, "pre-tax margin");
        return preTaxProfit.divide(preTaxMarginPercent, MC).multiply(HUNDRED);
    }

    /** value-added basis = headcount x value added per person / value-added rate % x 100. */
    public static BigDecimal valueAdded(BigDecimal headcount, BigDecimal valueAddedPerPerson, BigDecimal ratePercent) {
        positive(ratePercent, "value-added rate");
        return headcount.multiply(valueAddedPerPerson).divide(ratePercent, MC).multiply(HUNDRED);
    }

    /** receivable days = (credit receivables + notes received) / average daily sales. */
    public static BigDecimal receivableDays(BigDecimal creditReceivables, BigDecimal notesReceived,
            BigDecimal averageDailySales) {
        positive(averageDailySales, "average daily sales");
        return creditReceivables.add(notesReceived).divide(averageDailySales, MC);
    }

    private static void nonZero(BigDecimal v, String field) {
        if (v.signum() == 0) {
            throw new PlanningException("bases.notPositive", field, v.toPlainString());
        }
    }

    private static void positive(BigDecimal v, String field) {
        if (v.signum() <= 0) {
            throw new PlanningException("bases.notPositive", field, v.toPlainString());
        }
    }
}
