package com.salesworkbench.swot;

import com.salesworkbench.strategy.StrategyException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Internal (strengths and weaknesses) and external (opportunities and threats) factor evaluation: on each side
 * the weights add to 1, ratings are 1-4, the score is the sum of weight x rating (1 to 4). The two scores place
 * the board in the nine cells of the internal-external matrix.
 */
public final class FactorScores {

    /** Weights must add to 1 within this much (three items of 0.333 pass). */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.001");

    public record Score(BigDecimal weightSum, BigDecimal score, int items) {
    }

    /** The matrix cell (1-9, I = both high) and what it recommends. */
    public record Position(BigDecimal internal, BigDecimal external, int cell, String advice) {
    }

    private FactorScores() {
    }

    public static Score internal(List<SwotItem> items) {
        return side(items, true);
    }

    public static Score external(List<SwotItem> items) {
        return side(items, false);
    }

    private static Score side(List<SwotItem> all, boolean internal) {
        List<SwotItem> items = all.stream().filter(i -> i.quadrant().internal() == internal).toList();
        String side = internal ? "internal" : "external";
        if (items.isEmpty()) {
            throw new StrategyException("error.noFactors", "No " + side + " items to score", side);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal score = BigDecimal.ZERO;
        for (SwotItem i : items) {
            if (i.weight() == null) {
                throw new StrategyException("error.unweighted", "Item " + i.id() + " has no weight yet", i.id());
            }
            if (i.rating() < 1) {
                throw new StrategyException("error.unrated", "Item " + i.id() + " has no rating (1-4) yet", i.id());
            }
            sum = sum.add(i.weight());
            score = score.add(i.weight().multiply(BigDecimal.valueOf(i.rating())));
        }
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
            throw new StrategyException("error.weightSum", "The " + side + " weights add to " + sum.toPlainString()
                    + ", not 1; adjust them with swot:score", side, sum.toPlainString());
        }
        return new Score(sum, score.setScale(2, RoundingMode.HALF_UP), items.size());
    }

    /** Band of a score: 0 low (1.00-1.99), 1 medium (2.00-2.99), 2 high (3.00-4.00). */
    static int band(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(3)) >= 0) {
            return 2;
        }
        return score.compareTo(BigDecimal.valueOf(2)) >= 0 ? 1 : 0;
    }

    public static Position position(BigDecimal internal, BigDecimal external) {
        int col = 2 - band(internal);
        int row = 2 - band(external);
        int cell = row * 3 + col + 1;
        String advice = switch (cell) {
            case 1, 2, 4 -> "grow";
            case 3, 5, 7 -> "hold";
            default -> "harvest";
        };
        return new Position(internal, external, cell, advice);
    }

    public static Position position(List<SwotItem> items) {
        return position(internal(items).score(), external(items).score());
    }
}
