package com.salesworkbench.swot;

import com.salesworkbench.strategy.StrategyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A SWOT board: its iterations (the last one is worked on, earlier ones are kept as they ended) and the TOWS
 * strategies formed from its items. Immutable: every change returns a new board.
 */
public record SwotBoard(String name, String title, List<Iteration> iterations, List<TowsStrategy> strategies) {

    public SwotBoard {
        iterations = iterations == null ? List.of() : List.copyOf(iterations);
        strategies = strategies == null ? List.of() : List.copyOf(strategies);
        if (iterations.isEmpty()) {
            throw new StrategyException("error.noIteration", "A SWOT board has at least one iteration");
        }
    }

    public static SwotBoard create(String name, String title, LocalDate date, List<String> participants) {
        return new SwotBoard(name, title, List.of(new Iteration(1, date, participants, List.of(), "")), List.of());
    }

    public Iteration current() {
        return iterations.get(iterations.size() - 1);
    }

    public Iteration iteration(int number) {
        if (number < 1 || number > iterations.size()) {
            throw new StrategyException("error.noIterationNumber", "'" + name + "' has iterations 1-" + iterations.size() + ", not " + number,
                    name, iterations.size(), number);
        }
        return iterations.get(number - 1);
    }

    public List<SwotItem> items() {
        return current().items();
    }

    public Optional<SwotItem> find(String id) {
        return items().stream().filter(i -> i.id().equalsIgnoreCase(id)).findFirst();
    }

    public SwotItem item(String id) {
        return find(id).orElseThrow(() -> new StrategyException("error.noItem", "No item '" + id + "' in the current iteration of '"
                + name + "'", id, name));
    }

    private SwotBoard withItems(List<SwotItem> items) {
        Iteration c = current();
        List<Iteration> its = new ArrayList<>(iterations);
        its.set(its.size() - 1, new Iteration(c.number(), c.date(), c.participants(), items, c.note()));
        return new SwotBoard(name, title, its, strategies);
    }

    /** Adds an item to the current iteration; its id is the quadrant letter and the next free number. */
    public SwotBoard withItem(Quadrant q, String text, BigDecimal weight, int rating, Evidence evidence) {
        int max = 0;
        for (Iteration it : iterations) {
            for (SwotItem i : it.items()) {
                if (i.quadrant() == q) {
                    max = Math.max(max, Integer.parseInt(i.id().substring(1)));
                }
            }
        }
        List<SwotItem> items = new ArrayList<>(items());
        items.add(new SwotItem(q.code() + (max + 1), q, text == null ? null : text.strip(), weight, rating, evidence));
        return withItems(items);
    }

    public SwotBoard mapItem(String id, UnaryOperator<SwotItem> f) {
        SwotItem x = item(id);
        List<SwotItem> items = new ArrayList<>(items());
        items.set(items.indexOf(x), f.apply(x));
        return withItems(items);
    }

    public SwotBoard withoutItem(String id) {
        SwotItem x = item(id);
        List<SwotItem> items = new ArrayList<>(items());
        items.remove(x);
        return withItems(items);
    }

    /** Starts a new session: the current items carried over, the earlier iteration kept as it ended. */
    public SwotBoard nextIteration(LocalDate date, List<String> participants, String note) {
        List<Iteration> its = new ArrayList<>(iterations);
        its.add(new Iteration(iterations.size() + 1, date, participants, items(), note));
        return new SwotBoard(name, title, its, strategies);
    }

    public TowsStrategy strategy(String id) {
        return strategies.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst().orElseThrow(() -> new StrategyException(
                "error.noTows", "No TOWS strategy '" + id + "' on '" + name + "'", id, name));
    }

    /** Forms a TOWS strategy ({@code T1}, {@code T2}...) from chosen items of the current iteration. */
    public SwotBoard withStrategy(List<String> itemIds, String text) {
        if (itemIds.size() < 2) {
            throw new StrategyException("error.towsItems", "A TOWS strategy needs two items, an internal and an external one");
        }
        if (text == null || text.isBlank()) {
            throw new StrategyException("error.towsText", "A TOWS strategy needs a text");
        }
        List<SwotItem> chosen = itemIds.stream().map(this::item).toList();
        SwotItem in = chosen.stream().filter(i -> i.quadrant().internal()).findFirst().orElse(chosen.get(0));
        SwotItem ex = chosen.stream().filter(i -> !i.quadrant().internal()).findFirst().orElse(chosen.get(1));
        TowsType type = TowsType.of(in.quadrant(), ex.quadrant());
        for (SwotItem i : chosen) {
            if (i.quadrant() != in.quadrant() && i.quadrant() != ex.quadrant()) {
                throw new StrategyException("error.towsMixed", "Item " + i.id() + " does not belong to a " + type + " strategy", i.id(), type);
            }
        }
        int max = 0;
        for (TowsStrategy s : strategies) {
            max = Math.max(max, Integer.parseInt(s.id().substring(1)));
        }
        List<TowsStrategy> s = new ArrayList<>(strategies);
        s.add(new TowsStrategy("T" + (max + 1), type, text.strip(), chosen.stream().map(SwotItem::id).toList(), List.of()));
        return new SwotBoard(name, title, iterations, s);
    }

    public SwotBoard mapStrategy(String id, UnaryOperator<TowsStrategy> f) {
        TowsStrategy x = strategy(id);
        List<TowsStrategy> s = new ArrayList<>(strategies);
        s.set(s.indexOf(x), f.apply(x));
        return new SwotBoard(name, title, iterations, s);
    }
}
