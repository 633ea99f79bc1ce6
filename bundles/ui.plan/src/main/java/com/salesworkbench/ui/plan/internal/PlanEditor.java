package com.salesworkbench.ui.plan.internal;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.PlanningException;
import com.salesworkbench.planning.SalesPlan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The state of one open plan: its document cells, the evaluated grid with every subtotal, the locked cells
 * and whether anything changed since the last save. Plain Java, so the grid editor's behaviour is tested
 * without Swing; every change is a {@link Change} that can be applied backwards (undo) and forwards (redo).
 */
final class PlanEditor {

    /**
     * The locked cells of a plan, kept beside it as the document {@code plan-locks/NAME}: locks are the
     * editor's protection, not part of the plan itself.
     */
    record Locks(List<Locked> cells) {
        static final String FOLDER = "plan-locks/";
        static final com.salesworkbench.workspace.DocumentType<Locks> TYPE =
                com.salesworkbench.workspace.DocumentType.of("plan-locks", Locks.class);

        Locks {
            cells = cells == null ? List.of() : List.copyOf(cells);
        }
    }

    /** A locked leaf: a member of every dimension and a period. */
    record Locked(Map<Dimension, String> members, String period) {
    }

    /** One cell's content before and after an edit; null = empty. */
    record Change(PlanKey key, SalesPlan.Cell before, SalesPlan.Cell after) {
    }

    private final String name;
    private SalesPlan saved;
    private final Map<PlanKey, SalesPlan.Cell> cells = new LinkedHashMap<>();
    private final Set<PlanKey> locks = new HashSet<>();
    private final Map<String, Map<PlanPeriod, BigDecimal>> actuals;
    private PlanGrid grid;
    private boolean priced;
    private int changesSinceSave;

    /**
     * @param actuals actual money by leaf (its members joined by " / " in the plan's dimension order) and
     *                period; empty when the client has none
     */
    PlanEditor(String name, SalesPlan plan, Map<String, Map<PlanPeriod, BigDecimal>> actuals) {
        this.name = name;
        this.saved = plan;
        this.actuals = Map.copyOf(actuals);
        rebuild(); // refuses a plan that does not evaluate, naming the cell
        Map<String, PlanPeriod> periods = new java.util.HashMap<>(); // a plan has few distinct periods
        for (SalesPlan.Cell c : plan.cells()) {
            cells.put(new PlanKey(c.members(), periods.computeIfAbsent(c.period(), PlanPeriod::parse)), c);
        }
    }

    String name() {
        return name;
    }

    SalesPlan saved() {
        return saved;
    }

    PlanGrid grid() {
        return grid;
    }

    boolean dirty() {
        return changesSinceSave != 0;
    }

    /** The document as it would be saved now. */
    SalesPlan document() {
        return saved.with(saved.managers(), List.copyOf(cells.values()), saved.averageCheck(), saved.targetMargin(),
                saved.targets());
    }

    /** Called after the document was saved. */
    void saved(SalesPlan plan) {
        this.saved = plan;
        changesSinceSave = 0;
    }

    SalesPlan.Cell cell(PlanKey leaf) {
        return cells.get(leaf);
    }

    boolean locked(PlanKey leaf) {
        return locks.contains(leaf);
    }

    void lock(PlanKey leaf, boolean locked) {
        if (locked) {
            locks.add(leaf);
        } else {
            locks.remove(leaf);
        }
    }

    Set<PlanKey> locks() {
        return Set.copyOf(locks);
    }

    /** The locks as their document (members and period of each locked cell; no amount). */
    Locks locksDocument() {
        List<Locked> out = new ArrayList<>();
        for (PlanKey k : locks) {
            out.add(new Locked(k.members(), k.period().toString()));
        }
        out.sort(java.util.Comparator.comparing(Locked::period).thenComparing(t -> t.members().toString()));
        return new Locks(out);
    }

    /** Restores saved locks; cells no longer in the plan are dropped. */
    void restoreLocks(Locks saved) {
        for (Locked t : saved.cells()) {
            try {
                PlanKey k = SalesPlan.key(t.members(), t.period());
                grid.units(k); // still a cell of this plan?
                if (k.members().size() == grid.axes().size()) {
                    locks.add(k);
                }
            } catch (RuntimeException gone) {
                // the plan changed under the lock: nothing to protect any more
            }
        }
    }

    /**
     * Whether a leaf can be typed in the measure: not locked, and the measure is the one the cell is given
     * in (units are priced into money, so a priced cell's money is computed; an amount has no units). An
     * empty leaf takes units when the plan has products to price, money otherwise.
     */
    boolean editable(PlanKey leaf, PlanGrid.Measure measure) {
        if (locked(leaf)) {
            return false;
        }
        SalesPlan.Cell c = cells.get(leaf);
        if (c != null) {
            return measure == PlanGrid.Measure.UNITS ? c.units() != null : c.amount() != null;
        }
        boolean hasProduct = saved.dimensions().contains(Dimension.PRODUCT);
        return measure == PlanGrid.Measure.UNITS ? hasProduct && priced : true;
    }

    /**
     * Types a value into a leaf (null clears it). Refused, with the grid unchanged, when the cell is locked,
     * the measure is not the cell's, units are negative or not whole, or the product has no price.
     */
    Change set(PlanKey leaf, PlanGrid.Measure measure, BigDecimal value) {
        if (locked(leaf)) {
            throw new EditRefused("edit.locked", grid.describe(leaf));
        }
        if (!editable(leaf, measure)) {
            throw new EditRefused(measure == PlanGrid.Measure.UNITS ? "edit.unitsNotHere" : "edit.moneyNotHere", grid.describe(leaf));
        }
        SalesPlan.Cell before = cells.get(leaf);
        SalesPlan.Cell after = null;
        if (value != null) {
            if (measure == PlanGrid.Measure.UNITS) {
                long units;
                try {
                    units = value.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
                } catch (ArithmeticException e) {
                    throw new EditRefused("edit.wholeUnits", grid.describe(leaf), value.toPlainString());
                }
                if (units < 0) {
                    throw new PlanningException("doc.negativeUnits", grid.describe(leaf), units);
                }
                after = new SalesPlan.Cell(leaf.members(), leaf.period().toString(), units, null);
            } else {
                after = new SalesPlan.Cell(leaf.members(), leaf.period().toString(), null,
                        value.setScale(grid.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN));
            }
        }
        Change change = new Change(leaf, before, after);
        if (Objects.equals(before, after)) {
            return change;
        }
        write(leaf, after);
        changesSinceSave++;
        return change;
    }

    /** Undo (forward = false) or redo (forward = true) of a change made by {@link #set}. */
    void apply(Change change, boolean forward) {
        write(change.key(), forward ? change.after() : change.before());
        changesSinceSave += forward ? 1 : -1;
    }

    private void write(PlanKey leaf, SalesPlan.Cell cell) {
        SalesPlan.Cell old = cell == null ? cells.remove(leaf) : cells.put(leaf, cell);
        try {
            if (cell != null && cell.units() != null && !priced) {
                rebuild(); // the first priced cell attaches the price book
            } else if (cell == null) {
                grid.clear(leaf);
            } else if (cell.units() != null) {
                grid.setUnits(leaf, cell.units());
            } else {
                grid.setMoney(leaf, Money.of(cell.amount(), grid.currency(), RoundingMode.HALF_EVEN));
            }
        } catch (RuntimeException e) {
            if (old == null) {
                cells.remove(leaf);
            } else {
                cells.put(leaf, old);
            }
            rebuild();
            throw e;
        }
    }

    private void rebuild() {
        SalesPlan doc = cells.isEmpty() && changesSinceSave == 0 ? saved : document();
        grid = doc.grid();
        priced = doc.cells().stream().anyMatch(c -> c.units() != null);
    }

    /** The leaf tuples of the grid, every combination of members (or only the filled ones beyond a limit). */
    List<Map<Dimension, String>> leaves(int limit) {
        List<PlanGrid.Axis> axes = grid.axes();
        long product = 1;
        for (PlanGrid.Axis a : axes) {
            product *= a.members().size();
        }
        List<Map<Dimension, String>> out = new ArrayList<>();
        if (product > limit) {
            Set<Map<Dimension, String>> seen = new java.util.LinkedHashSet<>();
            for (PlanKey k : cells.keySet()) {
                seen.add(k.members());
            }
            out.addAll(seen);
            return out;
        }
        odometer(axes, 0, new LinkedHashMap<>(), out);
        return out;
    }

    private static void odometer(List<PlanGrid.Axis> axes, int i, Map<Dimension, String> prefix,
            List<Map<Dimension, String>> out) {
        if (i == axes.size()) {
            out.add(SalesPlan.members(prefix));
            return;
        }
        for (String m : axes.get(i).members()) {
            prefix.put(axes.get(i).dimension(), m);
            odometer(axes, i + 1, prefix, out);
        }
        prefix.remove(axes.get(i).dimension());
    }

    /** The label of a leaf's members as the actuals series name them: members in the plan's dimension order. */
    String label(Map<Dimension, String> members) {
        List<String> parts = new ArrayList<>();
        for (PlanGrid.Axis a : grid.axes()) {
            String m = members.get(a.dimension());
            if (m != null) {
                parts.add(m);
            }
        }
        return String.join(" / ", parts);
    }

    /**
     * The actual money of any cell, summed over the leaves it holds that have an actual, or null when none
     * has: {@code period} a leaf or coarser period, or null for the whole plan.
     */
    BigDecimal actual(Map<Dimension, String> members, PlanPeriod period) {
        if (actuals.isEmpty()) {
            return null;
        }
        BigDecimal sum = null;
        for (Map.Entry<String, Map<PlanPeriod, BigDecimal>> e : actuals.entrySet()) {
            if (!matches(e.getKey(), members)) {
                continue;
            }
            for (Map.Entry<PlanPeriod, BigDecimal> v : e.getValue().entrySet()) {
                PlanPeriod p = v.getKey();
                boolean inside = period == null
                        ? grid.periods().contains(p)
                        : !p.start().isBefore(period.start()) && !p.end().isAfter(period.end());
                if (inside) {
                    sum = sum == null ? v.getValue() : sum.add(v.getValue());
                }
            }
        }
        return sum;
    }

    private boolean matches(String leafLabel, Map<Dimension, String> members) {
        String[] parts = leafLabel.split(" / ", -1);
        List<PlanGrid.Axis> axes = grid.axes();
        if (parts.length != axes.size()) {
            return false;
        }
        for (int i = 0; i < axes.size(); i++) {
            String m = members.get(axes.get(i).dimension());
            if (m != null && !m.equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    boolean hasActuals() {
        return !actuals.isEmpty();
    }
}
