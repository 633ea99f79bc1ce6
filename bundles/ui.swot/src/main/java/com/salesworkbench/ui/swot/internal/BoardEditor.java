package com.salesworkbench.ui.swot.internal;

import com.salesworkbench.charts.SwotCharts;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.swot.FactorScores;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.swot.SwotBoard;
import com.salesworkbench.swot.SwotItem;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.workspace.ClientWorkspace;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import com.salesworkbench.ui.EditedValue;
import javax.swing.undo.UndoManager;

/**
 * The SWOT board editor without Swing: items of the current iteration, their weights and ratings, TOWS
 * strategies; every change one undoable edit; typed values refused with the item named; the factor scores as
 * the module computes them; saving through the module's store.
 */
final class BoardEditor {

    /** A typed value refused: the message key and its arguments (the item first). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key + Arrays.toString(args));
            this.key = key;
            this.args = args;
        }
    }

    /** Both sides' scores, or the module's reason why they cannot be scored yet. */
    record Scores(FactorScores.Score internal, FactorScores.Score external, StrategyException problem) {
        boolean complete() {
            return problem == null;
        }
    }

    private final EditedValue<SwotBoard> edited;
    private SwotBoard saved;

    BoardEditor(SwotBoard board, UndoManager undo) {
        this.edited = new EditedValue<>(Objects.requireNonNull(board), undo);
        this.saved = board;
    }

    SwotBoard board() {
        return edited.get();
    }

    boolean dirty() {
        return !board().equals(saved);
    }

    void addListener(Runnable l) {
        edited.addListener(l);
    }

    void removeListener(Runnable l) {
        edited.removeListener(l);
    }

    /** Adds an item; the module numbers it ({@code S3}). */
    String addItem(Quadrant q, String text) {
        SwotBoard next = board().withItem(q, text, null, 0, null);
        edited.change(next, "add");
        return next.items().get(next.items().size() - 1).id();
    }

    void setText(String id, String text) {
        edited.change(board().mapItem(id, i -> new SwotItem(i.id(), i.quadrant(), text == null ? null : text.strip(), i.weight(),
                i.rating(), i.evidence())), id);
    }

    void removeItem(String id) {
        edited.change(board().withoutItem(id), id);
    }

    /** Sets a weight (0-1; blank: none yet) typed as people do (0,3 or 0.3). */
    void setWeight(String id, String text) throws Invalid {
        BigDecimal w = null;
        String s = text == null ? "" : text.strip().replace(',', '.');
        if (!s.isEmpty()) {
            try {
                w = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw new Invalid("invalid.weight", id, text);
            }
            if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) > 0) {
                throw new Invalid("invalid.weight", id, text);
            }
        }
        BigDecimal weight = w;
        edited.change(board().mapItem(id, i -> i.scored(weight, i.rating())), id);
    }

    /** Sets a rating 1-4 (blank: not rated yet). */
    void setRating(String id, String text) throws Invalid {
        String s = text == null ? "" : text.strip();
        int r = 0;
        if (!s.isEmpty()) {
            try {
                r = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new Invalid("invalid.rating", id, text);
            }
            if (r < 1 || r > 4) {
                throw new Invalid("invalid.rating", id, text);
            }
        }
        int rating = r;
        edited.change(board().mapItem(id, i -> i.scored(i.weight(), rating)), id);
    }

    /** Forms a TOWS strategy from item ids typed as {@code S1, O2}. */
    String addStrategy(String items, String text) {
        List<String> ids = Arrays.stream(items.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(String::strip).toList();
        SwotBoard next = board().withStrategy(ids, text);
        edited.change(next, "tows");
        return next.strategies().get(next.strategies().size() - 1).id();
    }

    Scores scores() {
        try {
            return new Scores(FactorScores.internal(board().items()), FactorScores.external(board().items()), null);
        } catch (StrategyException e) {
            return new Scores(null, null, e);
        }
    }

    /** Every weighted and rated item, for the factor-score chart. */
    List<SwotCharts.Factor> factors() {
        return board().items().stream().filter(i -> i.weight() != null && i.rating() > 0)
                .map(i -> new SwotCharts.Factor(i.id(), i.quadrant().code(), i.weight(), i.rating())).toList();
    }

    void save(ClientWorkspace client) {
        SwotStore.save(client, board());
        saved = board();
        edited.set(saved);
    }
}
