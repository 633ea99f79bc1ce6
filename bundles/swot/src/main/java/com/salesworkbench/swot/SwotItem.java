package com.salesworkbench.swot;

import com.salesworkbench.strategy.StrategyException;
import java.math.BigDecimal;

/**
 * An item of a quadrant: text, weight (0-1, within its side: internal or external) and rating (1-4; 0 while
 * not rated). Ids are the quadrant letter and a number ({@code S1}, {@code T3}) and stay the same across iterations.
 */
public record SwotItem(String id, Quadrant quadrant, String text, BigDecimal weight, int rating, Evidence evidence) {

    public SwotItem {
        if (text == null || text.isBlank()) {
            throw new StrategyException("error.itemText", "A SWOT item needs a text");
        }
        if (weight != null && (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0)) {
            throw new StrategyException("error.weight", "Item " + id + ": weight " + weight.toPlainString() + " is outside 0-1",
                    id, weight.toPlainString());
        }
        if (rating < 0 || rating > 4) {
            throw new StrategyException("error.rating", "Item " + id + ": rating " + rating + " is outside 1-4", id, rating);
        }
    }

    public SwotItem scored(BigDecimal w, int r) {
        return new SwotItem(id, quadrant, text, w, r, evidence);
    }
}
