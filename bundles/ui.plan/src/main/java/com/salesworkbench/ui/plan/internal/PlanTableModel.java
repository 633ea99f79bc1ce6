package com.salesworkbench.ui.plan.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.planning.PlanGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.swing.table.AbstractTableModel;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoManager;

/**
 * The table behind the plan grid: a row per leaf (a member of every dimension), a subtotal row per member of
 * each dimension (manager, product...) and the company total; a column per dimension, per leaf period, per
 * coarser calendar period (quarters, years) when the plan spans more than one, and the plan total. Values
 * are units or money; leaf cells of leaf periods are editable as the plan allows, and every edit or lock is
 * an undoable edit in the part's undo manager.
 */
final class PlanTableModel extends AbstractTableModel {

    private static final long serialVersionUID = 1L;
    /** Beyond this many member combinations only the filled leaves get a row. */
    static final int ALL_LEAVES_LIMIT = 2000;

    enum Kind {
        LEAF, SUBTOTAL, TOTAL
    }

    record Row(Kind kind, Map<Dimension, String> members) {
    }

    /** A figure column: a period (leaf or coarser) or, with a null period, the whole plan. */
    record Column(PlanPeriod period, boolean leaf) {
    }

    private final transient PlanEditor editor;
    private final transient Texts texts;
    private final transient Formats formats;
    private final transient UndoManager undo;
    private final List<Dimension> dims = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private PlanGrid.Measure measure = PlanGrid.Measure.MONEY;
    private transient Runnable onChange = () -> {
    };
    private transient java.util.function.BiConsumer<String, RuntimeException> onError = (where, e) -> {
        throw e;
    };

    PlanTableModel(PlanEditor editor, Locale language, Formats formats, UndoManager undo) {
        this.editor = editor;
        this.texts = Texts.of(PlanTableModel.class, language);
        this.formats = formats;
        this.undo = undo;
        PlanGrid g = editor.grid();
        g.axes().forEach(a -> dims.add(a.dimension()));
        buildRows();
        buildColumns(g.periods());
    }

    private void buildRows() {
        PlanGrid g = editor.grid();
        List<Map<Dimension, String>> leaves = editor.leaves(ALL_LEAVES_LIMIT);
        if (dims.size() == 1) {
            leaves.forEach(m -> rows.add(new Row(Kind.LEAF, m)));
        } else {
            // leaves grouped by the first dimension (one pass), each group closed by its subtotal
            Dimension first = dims.get(0);
            Map<String, List<Map<Dimension, String>>> groups = new java.util.LinkedHashMap<>();
            g.axes().get(0).members().forEach(m -> groups.put(m, new ArrayList<>()));
            leaves.forEach(leaf -> groups.get(leaf.get(first)).add(leaf));
            groups.forEach((m, group) -> {
                if (!group.isEmpty()) {
                    group.forEach(leaf -> rows.add(new Row(Kind.LEAF, leaf)));
                    rows.add(new Row(Kind.SUBTOTAL, Map.of(first, m)));
                }
            });
            // then the subtotals along every other dimension (all managers for product 1, ...)
            for (int i = 1; i < dims.size(); i++) {
                for (String m : g.axes().get(i).members()) {
                    rows.add(new Row(Kind.SUBTOTAL, Map.of(dims.get(i), m)));
                }
            }
        }
        rows.add(new Row(Kind.TOTAL, Map.of()));
    }

    private void buildColumns(List<PlanPeriod> periods) {
        periods.forEach(p -> columns.add(new Column(p, true)));
        Frequency leaf = periods.get(0).frequency();
        for (Frequency f : List.of(Frequency.QUARTER, Frequency.YEAR)) {
            if (f.ordinal() <= leaf.ordinal()) {
                continue;
            }
            Set<PlanPeriod> buckets = new LinkedHashSet<>();
            periods.forEach(p -> buckets.add(PlanPeriod.containing(f, p.start())));
            if (buckets.size() > 1) { // a single quarter or year is the plan total again
                buckets.forEach(b -> columns.add(new Column(b, false)));
            }
        }
        columns.add(new Column(null, false));
    }

    void onChange(Runnable r) {
        this.onChange = r;
    }

    /** Where a refused edit goes (JTable calls setValueAt from its editor, so it must not throw there). */
    void onError(java.util.function.BiConsumer<String, RuntimeException> handler) {
        this.onError = handler;
    }

    PlanEditor editor() {
        return editor;
    }

    PlanGrid.Measure measure() {
        return measure;
    }

    void measure(PlanGrid.Measure m) {
        this.measure = m;
        fireTableDataChanged();
    }

    Row row(int r) {
        return rows.get(r);
    }

    /** The figure column of a table column, or null for a dimension column. */
    Column column(int c) {
        return c < dims.size() ? null : columns.get(c - dims.size());
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return dims.size() + columns.size();
    }

    @Override
    public String getColumnName(int c) {
        if (c < dims.size()) {
            return texts.get("dim." + dims.get(c).name());
        }
        Column col = column(c);
        if (col.period() == null) {
            return texts.get("col.total");
        }
        PlanPeriod p = col.period();
        return switch (p.frequency()) {
            case MONTH -> p.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, texts.locale())
                    + " " + p.start().getYear();
            case QUARTER -> texts.get("col.quarter", p.start().getYear(), (p.start().getMonthValue() - 1) / 3 + 1);
            case YEAR -> texts.get("col.year", p.start().getYear());
            default -> p.toString();
        };
    }

    @Override
    public Object getValueAt(int r, int c) {
        Row row = rows.get(r);
        if (c < dims.size()) {
            String m = row.members().get(dims.get(c));
            if (m != null) {
                return m;
            }
            if (row.kind() == Kind.TOTAL) {
                return c == 0 ? texts.get("row.company") : "";
            }
            return texts.get("row.all");
        }
        return format(figure(r, c));
    }

    /** The number behind a cell: units or money of the row's members at the column's period. */
    BigDecimal figure(int r, int c) {
        Row row = rows.get(r);
        Column col = column(c);
        PlanGrid g = editor.grid();
        if (row.kind() == Kind.LEAF && col.leaf() && editor.cell(key(row, col)) == null) {
            return null; // an empty leaf shows empty, not 0
        }
        if (measure == PlanGrid.Measure.UNITS) {
            long u = col.period() == null ? g.totalUnits(row.members()) : g.units(key(row, col));
            return BigDecimal.valueOf(u);
        }
        return (col.period() == null ? g.total(row.members()) : g.money(key(row, col))).amount();
    }

    /** The actual money of a cell where actuals exist, else null (units have no actuals). */
    BigDecimal actual(int r, int c) {
        Column col = column(c);
        if (col == null || measure != PlanGrid.Measure.MONEY) {
            return null;
        }
        return editor.actual(rows.get(r).members(), col.period());
    }

    private String format(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return measure == PlanGrid.Measure.UNITS ? formats.count(v.longValue())
                : formats.amount(v, editor.grid().currency().getDefaultFractionDigits());
    }

    PlanKey key(Row row, Column col) {
        return new PlanKey(row.members(), col.period());
    }

    PlanKey leafKey(int r, int c) {
        Row row = rows.get(r);
        Column col = column(c);
        if (row.kind() != Kind.LEAF || col == null || !col.leaf()) {
            return null;
        }
        return key(row, col);
    }

    boolean locked(int r, int c) {
        PlanKey k = leafKey(r, c);
        return k != null && editor.locked(k);
    }

    @Override
    public boolean isCellEditable(int r, int c) {
        PlanKey k = leafKey(r, c);
        return k != null && editor.editable(k, measure);
    }

    @Override
    public void setValueAt(Object value, int r, int c) {
        PlanKey k = leafKey(r, c);
        if (k == null) {
            return;
        }
        String where = editor.grid().describe(k);
        PlanEditor.Change change;
        try {
            BigDecimal v = Numbers.parse(String.valueOf(value == null ? "" : value), where, texts);
            change = editor.set(k, measure, v);
        } catch (RuntimeException e) {
            onError.accept(where, e);
            return;
        }
        if (java.util.Objects.equals(change.before(), change.after())) {
            return;
        }
        undo.addEdit(new CellEdit(change, measure));
        changed();
    }

    /**
     * Empties the editable leaf cells among the given ones, as one undoable step; cells that cannot be
     * cleared (locked, computed) are left as they are. Returns how many were cleared.
     */
    int clear(List<PlanKey> keys) {
        javax.swing.undo.CompoundEdit all = new javax.swing.undo.CompoundEdit() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getPresentationName() {
                return texts.get("edit.clear", edits.size());
            }
        };
        int n = 0;
        for (PlanKey k : keys) {
            if (editor.editable(k, measure) && editor.cell(k) != null) {
                all.addEdit(new CellEdit(editor.set(k, measure, null), measure));
                n++;
            }
        }
        all.end();
        if (!all.isSignificant()) {
            return 0;
        }
        undo.addEdit(all);
        changed();
        return n;
    }

    /** Locks or unlocks leaf cells (one undoable step). */
    void lock(List<PlanKey> keys, boolean lock) {
        List<PlanKey> toggled = keys.stream().filter(k -> editor.locked(k) != lock).toList();
        if (toggled.isEmpty()) {
            return;
        }
        toggled.forEach(k -> editor.lock(k, lock));
        undo.addEdit(new LockEdit(toggled, lock));
        changed();
    }

    private void changed() {
        fireTableDataChanged();
        onChange.run();
    }

    /** Plan money by member of the first dimension and leaf period, for the chart. */
    Map<String, Map<PlanPeriod, BigDecimal>> moneyByFirstMember() {
        Map<String, Map<PlanPeriod, BigDecimal>> out = new java.util.LinkedHashMap<>();
        PlanGrid g = editor.grid();
        Dimension first = dims.get(0);
        for (String m : g.axes().get(0).members()) {
            Map<PlanPeriod, BigDecimal> byPeriod = new java.util.LinkedHashMap<>();
            for (PlanPeriod p : g.periods()) {
                byPeriod.put(p, g.money(new PlanKey(Map.of(first, m), p)).amount());
            }
            out.put(m, byPeriod);
        }
        return out;
    }

    /** Plan and actual money over the whole plan per member of the first dimension, for members with actuals. */
    Map<String, BigDecimal[]> planAndActualByFirstMember() {
        Map<String, BigDecimal[]> out = new java.util.LinkedHashMap<>();
        Dimension first = dims.get(0);
        for (String m : editor.grid().axes().get(0).members()) {
            BigDecimal a = editor.actual(Map.of(first, m), null);
            out.put(m, new BigDecimal[] {editor.grid().total(Map.of(first, m)).amount(), a});
        }
        return out;
    }

    /** Actual money of the whole company by leaf period, where actuals exist. */
    Map<PlanPeriod, BigDecimal> actualByPeriod() {
        Map<PlanPeriod, BigDecimal> out = new java.util.LinkedHashMap<>();
        for (PlanPeriod p : editor.grid().periods()) {
            BigDecimal a = editor.actual(Map.of(), p);
            if (a != null) {
                out.put(p, a);
            }
        }
        return out;
    }

    private final class CellEdit extends AbstractUndoableEdit {
        private static final long serialVersionUID = 1L;
        private final transient PlanEditor.Change change;
        private final PlanGrid.Measure editMeasure;

        CellEdit(PlanEditor.Change change, PlanGrid.Measure editMeasure) {
            this.change = change;
            this.editMeasure = editMeasure;
        }

        @Override
        public void undo() {
            super.undo();
            editor.apply(change, false);
            changed();
        }

        @Override
        public void redo() {
            super.redo();
            editor.apply(change, true);
            changed();
        }

        @Override
        public String getPresentationName() {
            return texts.get(editMeasure == PlanGrid.Measure.UNITS ? "edit.units" : "edit.money",
                    editor.grid().describe(change.key()));
        }
    }

    private final class LockEdit extends AbstractUndoableEdit {
        private static final long serialVersionUID = 1L;
        private final transient List<PlanKey> keys;
        private final boolean lock;

        LockEdit(List<PlanKey> keys, boolean lock) {
            this.keys = keys;
            this.lock = lock;
        }

        @Override
        public void undo() {
            super.undo();
            keys.forEach(k -> editor.lock(k, !lock));
            changed();
        }

        @Override
        public void redo() {
            super.redo();
            keys.forEach(k -> editor.lock(k, lock));
            changed();
        }

        @Override
        public String getPresentationName() {
            return texts.get(lock ? "edit.lock" : "edit.unlock", keys.size());
        }
    }
}
