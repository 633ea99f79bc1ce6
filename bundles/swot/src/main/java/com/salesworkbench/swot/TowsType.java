package com.salesworkbench.swot;

import com.salesworkbench.strategy.StrategyException;

/** TOWS strategies: use strengths for opportunities (SO), strengths against threats (ST), overcome weaknesses
 * through opportunities (WO), minimise weaknesses and avoid threats (WT). */
public enum TowsType {
    SO, ST, WO, WT;

    /** The type of a pair: one internal and one external item, in either order. */
    public static TowsType of(Quadrant a, Quadrant b) {
        Quadrant in = a.internal() ? a : b;
        Quadrant ex = a.internal() ? b : a;
        if (!in.internal() || ex.internal()) {
            throw new StrategyException("error.towsPair", "A TOWS strategy pairs an internal item (S or W) with an external one (O or T), not "
                    + a.code() + " with " + b.code(), a.code(), b.code());
        }
        return valueOf(in.code() + ex.code());
    }
}
