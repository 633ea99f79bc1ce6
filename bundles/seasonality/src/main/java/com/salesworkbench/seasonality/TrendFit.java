package com.salesworkbench.seasonality;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A trend curve fitted to a series by least squares. R^2 = 1 - SS_res / SS_tot and adjusted
 * R^2 = 1 - (1 - R^2)(n - 1)/(n - p) are measured on the original scale for every curve, so candidates
 * compare fairly. The residual variance SS_res / (n - p) gives the prediction interval.
 */
public final class TrendFit {

    private final TrendCurve curve;
    private final double[] coefficients;
    private final int n;
    private final double rSquared;
    private final double adjustedRSquared;
    private final double residualVariance;
    private final double relativeVariance;
    /** (X'X)^-1 of the (scaled) design, for the leverage of a new point. */
    private final double[][] xtxInverse;
    private final double scale;

    TrendFit(TrendCurve curve, double[] coefficients, int n, double rSquared, double adjustedRSquared,
            double residualVariance, double relativeVariance, double[][] xtxInverse, double scale) {
        this.curve = curve;
        this.coefficients = coefficients;
        this.n = n;
        this.rSquared = rSquared;
        this.adjustedRSquared = adjustedRSquared;
        this.residualVariance = residualVariance;
        this.relativeVariance = relativeVariance;
        this.xtxInverse = xtxInverse;
        this.scale = scale;
    }

    public TrendCurve curve() {
        return curve;
    }

    /**
     * The coefficients in the order of the formula of {@link TrendCurve} (a, b, c, d), for t counted from 1
     * at the first period of the history.
     */
    public double[] coefficients() {
        return coefficients.clone();
    }

    public int observations() {
        return n;
    }

    public double rSquared() {
        return rSquared;
    }

    public double adjustedRSquared() {
        return adjustedRSquared;
    }

    public double residualVariance() {
        return residualVariance;
    }

    public int degreesOfFreedom() {
        return n - curve.parameters();
    }

    /** The curve at period number t (1 = first period of the history; n + 1 = first forecast period). */
    public double valueAt(double t) {
        double[] c = coefficients;
        return switch (curve) {
            case LINEAR -> c[0] + c[1] * t;
            case QUADRATIC -> c[0] + t * (c[1] + t * c[2]);
            case CUBIC -> c[0] + t * (c[1] + t * (c[2] + t * c[3]));
            case LOGARITHMIC -> c[0] + c[1] * Math.log(t);
            case POWER -> c[0] * Math.pow(t, c[1]);
            case EXPONENTIAL -> c[0] * Math.exp(c[1] * t);
        };
    }

    /**
     * Half the width of the prediction interval of a new observation at t: q sigma sqrt(1 + h), with q the
     * Student t quantile of the residual degrees of freedom, sigma^2 the residual variance and h the
     * leverage of t in the fitted design.
     */
    public double halfWidth(double t, double level) {
        return halfWidth(t, level, residualVariance);
    }

    private double halfWidth(double t, double level, double variance) {
        if (!(level > 0 && level < 100)) {
            throw new SeasonalityException("level.invalid", level);
        }
        double q = new TDistribution(degreesOfFreedom()).inverseCumulativeProbability(0.5 + level / 200);
        double[] x = TrendFitter.designRow(curve, t, scale);
        double h = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                h += x[i] * xtxInverse[i][j] * x[j];
            }
        }
        return q * Math.sqrt(variance * (1 + h));
    }

    /**
     * Lower and upper bound of the prediction interval at t: value -/+ half width, or for power and
     * exponential curves (fitted on logarithms) value x exp(-/+ half width).
     */
    public double[] bounds(double t, double level) {
        return bounds(t, level, false);
    }

    /**
     * As {@link #bounds(double, double)}; with {@code proportional} the errors are taken as proportional to
     * the level (a multiplicative model): the half width is q x the relative residual standard deviation x
     * the value, so the interval widens as the trend grows. Power and exponential curves are proportional
     * by construction.
     */
    public double[] bounds(double t, double level, boolean proportional) {
        double v = valueAt(t);
        if (curve == TrendCurve.POWER || curve == TrendCurve.EXPONENTIAL) {
            double hw = halfWidth(t, level);
            return new double[] {v * Math.exp(-hw), v * Math.exp(hw)};
        }
        if (proportional) {
            double hw = halfWidth(t, level, relativeVariance);
            return new double[] {v * (1 - hw), v * (1 + hw)};
        }
        double hw = halfWidth(t, level);
        return new double[] {v - hw, v + hw};
    }

    /** The variance of the relative residuals y / fitted - 1, on n - p degrees of freedom. */
    public double relativeVariance() {
        return relativeVariance;
    }

    @Override
    public String toString() {
        return curve + Arrays.toString(coefficients) + " R2=" + rSquared + " adjR2=" + adjustedRSquared;
    }
}
