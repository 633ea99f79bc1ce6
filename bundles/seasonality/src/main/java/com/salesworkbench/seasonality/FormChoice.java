package com.salesworkbench.seasonality;

/**
 * Additive or multiplicative for one series, and why: both decompositions and the root mean square of
 * Y - fitted of each ({@code multiplicative} is null and its RMSE NaN when the series has a value of zero
 * or less).
 */
public record FormChoice(SeasonalForm chosen, Decomposition additive, Decomposition multiplicative,
        double rmseAdditive, double rmseMultiplicative, Message reason) {

    public Decomposition decomposition() {
        return chosen == SeasonalForm.ADDITIVE ? additive : multiplicative;
    }
}
