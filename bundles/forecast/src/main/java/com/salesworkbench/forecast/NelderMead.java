package com.salesworkbench.forecast;

/**
 * Nelder-Mead minimisation with the rules of R's optim(method = "Nelder-Mead"), which R's ets() uses:
 * reflection 1, contraction 0.5, expansion 2, first simplex step 10% of the largest parameter, stop when the
 * spread of the simplex values falls below reltol relative to the starting value, or after maxit evaluations.
 * Non-finite values count as a huge value, so an objective may return infinity outside its admissible region.
 */
public final class NelderMead {

    public interface Objective {
        double value(double[] x);
    }

    public record Result(double[] x, double value, int evaluations) {
    }

    private static final double BIG = 1.0e35;

    private NelderMead() {
    }

    public static Result minimise(Objective fn, double[] start, double reltol, int maxit) {
        int n = start.length;
        int n1 = n + 1;
        double[][] p = new double[n1][n];
        double[] fv = new double[n1];
        double[] b = start.clone();
        double f = fn.value(b);
        if (!Double.isFinite(f)) {
            return new Result(start.clone(), Double.POSITIVE_INFINITY, 1);
        }
        int count = 1;
        double convtol = reltol * (Math.abs(f) + reltol);
        p[0] = b.clone();
        fv[0] = f;
        double step = 0;
        for (double v : b) {
            step = Math.max(step, 0.1 * Math.abs(v));
        }
        if (step == 0) {
            step = 0.1;
        }
        double size = 0;
        for (int j = 1; j < n1; j++) {
            p[j] = b.clone();
            double trystep = step;
            while (p[j][j - 1] == b[j - 1]) {
                p[j][j - 1] = b[j - 1] + trystep;
                trystep *= 10;
            }
            size += trystep;
        }
        double oldsize = size;
        boolean calcvert = true;
        int low = 0;
        double[] c = new double[n];
        double[] r = new double[n];
        double[] e = new double[n];
        while (true) {
            if (calcvert) {
                for (int j = 0; j < n1; j++) {
                    if (j != low) {
                        fv[j] = finite(fn.value(p[j]));
                        count++;
                    }
                }
                calcvert = false;
            }
            double vl = fv[low];
            double vh = vl;
            int high = low;
            for (int j = 0; j < n1; j++) {
                if (j != low) {
                    if (fv[j] < vl) {
                        low = j;
                        vl = fv[j];
                    }
                    if (fv[j] > vh) {
                        high = j;
                        vh = fv[j];
                    }
                }
            }
            if (vh <= vl + convtol || count > maxit) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double t = -p[high][i];
                for (int j = 0; j < n1; j++) {
                    t += p[j][i];
                }
                c[i] = t / n;
            }
            for (int i = 0; i < n; i++) {
                r[i] = 2 * c[i] - p[high][i];
            }
            double vr = finite(fn.value(r));
            count++;
            if (vr < vl) {
                for (int i = 0; i < n; i++) {
                    e[i] = 2 * r[i] - c[i];
                }
                double fe = finite(fn.value(e));
                count++;
                if (fe < vr) {
                    System.arraycopy(e, 0, p[high], 0, n);
                    fv[high] = fe;
                } else {
                    System.arraycopy(r, 0, p[high], 0, n);
                    fv[high] = vr;
                }
            } else {
                if (vr < vh) {
                    System.arraycopy(r, 0, p[high], 0, n);
                    fv[high] = vr;
                }
                for (int i = 0; i < n; i++) {
                    e[i] = 0.5 * p[high][i] + 0.5 * c[i];
                }
                double fc = finite(fn.value(e));
                count++;
                if (fc < fv[high]) {
                    System.arraycopy(e, 0, p[high], 0, n);
                    fv[high] = fc;
                } else if (vr >= vh) {
                    calcvert = true;
                    size = 0;
                    for (int j = 0; j < n1; j++) {
                        if (j != low) {
                            for (int i = 0; i < n; i++) {
                                p[j][i] = 0.5 * (p[j][i] - p[low][i]) + p[low][i];
                                size += Math.abs(p[j][i] - p[low][i]);
                            }
                        }
                    }
                    if (size < oldsize) {
                        oldsize = size;
                    } else {
                        break;
                    }
                }
            }
        }
        return new Result(p[low].clone(), fv[low], count);
    }

    private static double finite(double f) {
        return Double.isFinite(f) ? f : BIG;
    }
}
