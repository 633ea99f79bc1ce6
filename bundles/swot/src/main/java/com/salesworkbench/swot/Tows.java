package com.salesworkbench.swot;

import com.salesworkbench.strategy.Action;
import com.salesworkbench.strategy.ControlPoint;
import com.salesworkbench.strategy.Link;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a TOWS strategy into an action of a strategy document's action plan. The action keeps links back:
 * {@code swot:BOARD@T1} to the strategy and {@code swot:BOARD#S2} to every item that motivated it; the strategy
 * records the action as {@code DOCUMENT#aN}.
 */
public final class Tows {

    /** Both changed values: save both, or neither. */
    public record Converted(SwotBoard board, StrategyDocument document, Action action) {
    }

    /** What an action's links lead back to: the strategy and items found now, and the links that no longer resolve. */
    public record Trace(Optional<TowsStrategy> strategy, List<SwotItem> items, List<Link> missing) {
    }

    private Tows() {
    }

    public static Link itemLink(String board, String item) {
        return new Link("swot", board + "#" + item);
    }

    public static Link strategyLink(String board, String strategy) {
        return new Link("swot", board + "@" + strategy);
    }

    public static Converted toAction(SwotBoard board, String strategyId, StrategyDocument doc, String title, String owner,
                                     LocalDate deadline, List<ControlPoint> points) {
        TowsStrategy s = board.strategy(strategyId);
        List<Link> sources = new ArrayList<>();
        sources.add(strategyLink(board.name(), s.id()));
        s.items().forEach(i -> sources.add(itemLink(board.name(), i)));
        String t = title == null || title.isBlank() ? s.type() + ": " + s.text() : title;
        StrategyDocument d = doc.withAction(t, owner, deadline, points, sources);
        Action a = d.actions().get(d.actions().size() - 1);
        String ref = doc.name() + "#" + a.id();
        SwotBoard b = board.mapStrategy(s.id(), x -> {
            List<String> acts = new ArrayList<>(x.actions());
            acts.add(ref);
            return new TowsStrategy(x.id(), x.type(), x.text(), x.items(), acts);
        });
        return new Converted(b, d, a);
    }

    /** Follows an action's links back to the board: the strategy and the items, and what is gone. */
    public static Trace trace(Action action, SwotBoard board) {
        Optional<TowsStrategy> strategy = Optional.empty();
        List<SwotItem> items = new ArrayList<>();
        List<Link> missing = new ArrayList<>();
        for (Link l : action.sources()) {
            if (!l.kind().equals("swot")) {
                continue;
            }
            int hash = l.ref().indexOf('#');
            int at = l.ref().indexOf('@');
            String boardName = l.ref().substring(0, hash >= 0 ? hash : at >= 0 ? at : l.ref().length());
            if (!boardName.equals(board.name())) {
                continue;
            }
            if (hash >= 0) {
                Optional<SwotItem> i = board.find(l.ref().substring(hash + 1));
                i.ifPresentOrElse(items::add, () -> missing.add(l));
            } else if (at >= 0) {
                String id = l.ref().substring(at + 1);
                Optional<TowsStrategy> s = board.strategies().stream().filter(x -> x.id().equals(id)).findFirst();
                if (s.isPresent()) {
                    strategy = s;
                } else {
                    missing.add(l);
                }
            }
        }
        return new Trace(strategy, items, missing);
    }

    /** The board a {@code swot:} link points into. */
    public static String boardOf(Link l) {
        if (!l.kind().equals("swot")) {
            throw new StrategyException("error.notSwotLink", "Link " + l + " does not point into a SWOT board", l.toString());
        }
        String r = l.ref();
        int cut = r.length();
        for (char c : new char[] {'#', '@'}) {
            int i = r.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return r.substring(0, cut);
    }
}
