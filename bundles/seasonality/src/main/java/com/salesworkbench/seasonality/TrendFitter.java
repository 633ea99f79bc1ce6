package com.salesworkbench.seasonality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Fits the candidate {@link TrendCurve}s and picks one. Least squares by QR on a design whose t is scaled
 * to (0, 1], so a cubic stays well conditioned; coefficients are reported for the unscaled t.
 */
public final class TrendFitter {

    /** All candidates that could be fitted, best first, and the reasons the others were refused. */
    public record Candidates(List<TrendFit> fits, List<Message> refused) {
        public Candidates {
            fits = List.copyOf(fits);
            refused = List.copyOf(refused);
        }

        /** The candidate with the highest adjusted R^2 (R^2 alone would always favour the cubic). */
        public TrendFit best() {
            if (fits.isEmpty()) {
                throw new SeasonalityException("trend.none", String.join("; ", refused.stream().map(Message::toString).toList()));
            }
            return fits.get(0);
        }
    }

    private TrendFitter() {
    }

    /** Fits every curve of {@code curves} to y at t = 1..n; sorted by adjusted R^2, best first. */
    public static Candidates fitAll(double[] y, Set<TrendCurve> curves) {
        List<TrendFit> fits = new ArrayList<>();
        List<Message> refused = new ArrayList<>();
        for (TrendCurve c : curves) {
            try {
                fits.add(fit(y, c));
            } catch (SeasonalityException e) {
                refused.add(e.reason());
            }
        }
        fits.sort(Comparator.comparingDouble(TrendFit::adjustedRSquared).reversed());
        return new Candidates(fits, refused);
    }

    public static Candidates fitAll(double[] y) {
        return fitAll(y, EnumSet.allOf(TrendCurve.class));
    }

    /** Fits one curve to y at t = 1..n. */
    public static TrendFit fit(double[] y, TrendCurve curve) {
        int n = y.length;
        int p = curve.parameters();
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new SeasonalityException("trend.nan", curve.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (n < curve.minimumObservations()) {
            throw new SeasonalityException("trend.tooShort", curve.name().toLowerCase(java.util.Locale.ROOT), n,
                    curve.minimumObservations());
        }
        boolean logs = curve == TrendCurve.POWER || curve == TrendCurve.EXPONENTIAL;
        double[] target = y.clone();
        if (logs) {
            for (int i = 0; i < n; i++) {
                if (!(y[i] > 0)) {
                    throw new SeasonalityException("trend.nonPositive", curve.name().toLowerCase(java.util.Locale.ROOT), i + 1, y[i]);
                }
                target[i] = Math.log(y[i]);
            }
        }
        double scale = n;
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = designRow(curve, i + 1, scale);
        }
        RealMatrix design = new Array2DRowRealMatrix(x, false);
        DecompositionSolver solver = new QRDecomposition(design, 1e-12).getSolver();
        if (!solver.isNonSingular()) {
            throw new SeasonalityException("trend.singular", curve.name().toLowerCase(java.util.Locale.ROOT));
        }
        RealVector b = solver.solve(new ArrayRealVector(target, false));
        double[][] xtxInv = new QRDecomposition(design.transpose().multiply(design)).getSolver().getInverse().getData();
        double[] coefficients = unscale(curve, b.toArray(), scale);
        TrendFit provisional = new TrendFit(curve, coefficients, n, 0, 0, 0, 0, xtxInv, scale);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double ssRes = 0;
        double ssTot = 0;
        double ssResFit = 0;
        double ssRel = 0;
        for (int i = 0; i < n; i++) {
            double fitted = provisional.valueAt(i + 1);
            double e = y[i] - fitted;
            double rel = fitted == 0 ? Double.NaN : e / fitted;
            ssRel += rel * rel;
            ssRes += e * e;
            ssTot += (y[i] - mean) * (y[i] - mean);
            double eFit = logs ? target[i] - Math.log(provisional.valueAt(i + 1)) : e;
            ssResFit += eFit * eFit;
        }
        double r2 = ssTot == 0 ? (ssRes == 0 ? 1 : 0) : 1 - ssRes / ssTot;
        double adj = 1 - (1 - r2) * (n - 1) / (n - p);
        // Intervals come from the scale the curve was fitted on: logs for power and exponential.
        double variance = (logs ? ssResFit : ssRes) / (n - p);
        return new TrendFit(curve, coefficients, n, r2, adj, variance, ssRel / (n - p), xtxInv, scale);
    }

    /** The row of the design matrix at t (t scaled by 1/scale for the polynomials). */
    static double[] designRow(TrendCurve curve, double t, double scale) {
        double s = t / scale;
        return switch (curve) {
            case LINEAR, EXPONENTIAL -> new double[] {1, s};
            case QUADRATIC -> new double[] {1, s, s * s};
            case CUBIC -> new double[] {1, s, s * s, s * s * s};
            case LOGARITHMIC, POWER -> new double[] {1, Math.log(t)};
        };
    }

    private static double[] unscale(TrendCurve curve, double[] b, double scale) {
        return switch (curve) {
            case LINEAR -> new double[] {b[0], b[1] / scale};
            case QUADRATIC -> new double[] {b[0], b[1] / scale, b[2] / (scale * scale)};
            case CUBIC -> new double[] {b[0], b[1] / scale, b[2] / (scale * scale), b[3] / (scale * scale * scale)};
            case LOGARITHMIC -> new double[] {b[0], b[1]};
            case POWER -> new double[] {Math.exp(b[0]), b[1]};
            case EXPONENTIAL -> new double[] {Math.exp(b[0]), b[1] / scale};
        };
    }
}
