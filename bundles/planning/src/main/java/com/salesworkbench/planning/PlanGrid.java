package com.salesworkbench.planning;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.seasonality.Phasing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sales plan grid: cells keyed by a member of each dimension the plan uses and a leaf period (usually a
 * month). Every subtotal is kept too: each subset of the dimensions rolled up ("all managers", "all
 * products", the company total) at the leaf period, at every coarser calendar period (quarter, half-year,
 * year) and over the whole plan horizon.
 *
 * <p>Storage is indexed and primitive: the leaf measures live in {@code long[]} arrays (units, and money in
 * the currency's minor unit, so every sum is exact), addressed by the members' positions; the subtotals
 * are {@code long[]} arrays per rolled-up subset and period level. {@link #evaluate()} rebuilds them all;
 * an edit of one cell re-totals only the 2^d x levels subtotals that contain it.
 *
 * <p>Beside the bottom-up figures, top-down targets can be set on any cell (or split from a parent with the
 * seasonality module's {@link Phasing}, with locks and overrides); {@link #gap} is bottom-up minus
 * top-down.
 */
public final class PlanGrid {

    /** One dimension of the plan and its members in display order. */
    public record Axis(Dimension dimension, List<String> members) {
        public Axis {
            Objects.requireNonNull(dimension, "dimension");
            members = List.copyOf(members);
            if (members.isEmpty()) {
                throw new PlanningException("grid.noMembers", dimension);
            }
            if (members.stream().distinct().count() != members.size()) {
                throw new PlanningException("grid.duplicateMember", dimension);
            }
        }
    }

    /** The measures a cell reports. */
    public enum Measure {
        UNITS, MONEY
    }

    /** The pseudo-level "whole plan horizon" used by {@link #total}. */
    private static final Frequency[] COARSER = {Frequency.WEEK, Frequency.MONTH, Frequency.QUARTER,
            Frequency.HALF_YEAR, Frequency.YEAR};

    private final List<Axis> axes;
    private final int d;
    private final int[] sizes;
    private final List<Map<String, Integer>> memberIndex = new ArrayList<>();
    private final EnumMap<Dimension, Integer> axisOf = new EnumMap<>(Dimension.class);
    private final List<PlanPeriod> periods;
    private final Frequency leafFrequency;
    private final Currency currency;
    private final int scale;
    private final int tuples;
    private final int nPeriods;

    private final long[] units;
    private final long[] money;
    private final byte[] present; // bit 1: units given, bit 2: money given

    // period levels: 0 = leaf, then each coarser calendar frequency, last = whole horizon
    private final List<Frequency> levelFrequency = new ArrayList<>();
    private final int[][] bucketOf; // [level][leaf period] -> bucket
    private final List<Map<PlanPeriod, Integer>> bucketIndex = new ArrayList<>();
    private final int[] bucketCount;

    // subtotals: [combo mask][level] -> long[] over (rolled-up tuple, bucket)
    private final int combos;
    private final int[][] comboStride; // [mask][axis] -> stride in the rolled-up tuple, 0 if rolled up
    private final int[] comboSize;
    private long[][][] aggUnits;
    private long[][][] aggMoney;
    private boolean evaluated;

    // pricing
    private PriceBook priceBook;
    private Map<String, String> managerRegions = Map.of();
    private BigDecimal[] tuplePrice; // per tuple, null until priced
    private long[] tuplePriceMinor; // the same in minor units when exact, else Long.MIN_VALUE

    private final Map<PlanKey, Money> targets = new LinkedHashMap<>();

    public PlanGrid(List<Axis> axes, List<PlanPeriod> periods, Currency currency) {
        this.axes = List.copyOf(axes);
        this.d = this.axes.size();
        if (d > 7) {
            throw new PlanningException("grid.tooManyDimensions", d);
        }
        this.sizes = new int[d];
        long t = 1;
        for (int i = 0; i < d; i++) {
            Axis a = this.axes.get(i);
            if (axisOf.put(a.dimension(), i) != null) {
                throw new PlanningException("grid.duplicateDimension", a.dimension());
            }
            sizes[i] = a.members().size();
            Map<String, Integer> idx = new HashMap<>();
            for (int k = 0; k < sizes[i]; k++) {
                idx.put(a.members().get(k), k);
            }
            memberIndex.add(idx);
            t *= sizes[i];
        }
        if (periods.isEmpty()) {
            throw new PlanningException("grid.noPeriods");
        }
        this.periods = List.copyOf(periods);
        this.leafFrequency = this.periods.get(0).frequency();
        for (int p = 1; p < this.periods.size(); p++) {
            PlanPeriod prev = this.periods.get(p - 1);
            if (!this.periods.get(p).equals(prev.next())) {
                throw new PlanningException("grid.periodsNotConsecutive", prev, this.periods.get(p));
            }
        }
        this.nPeriods = this.periods.size();
        if (t * nPeriods > Integer.MAX_VALUE - 8) {
            throw new PlanningException("grid.tooLarge", t * nPeriods);
        }
        this.tuples = (int) t;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.scale = Math.max(0, currency.getDefaultFractionDigits());
        int n = tuples * nPeriods;
        units = new long[n];
        money = new long[n];
        present = new byte[n];

        // period levels
        levelFrequency.add(leafFrequency);
        for (Frequency f : COARSER) {
            if (f.ordinal() > leafFrequency.ordinal() && !(f == Frequency.WEEK)) {
                levelFrequency.add(f);
            } else if (f == Frequency.WEEK && leafFrequency == Frequency.DAY) {
                levelFrequency.add(f);
            }
        }
        levelFrequency.add(null); // whole horizon
        int levels = levelFrequency.size();
        bucketOf = new int[levels][nPeriods];
        bucketCount = new int[levels];
        for (int l = 0; l < levels; l++) {
            Frequency f = levelFrequency.get(l);
            Map<PlanPeriod, Integer> idx = new LinkedHashMap<>();
            for (int p = 0; p < nPeriods; p++) {
                PlanPeriod leaf = this.periods.get(p);
                PlanPeriod bucket = f == null ? leaf : PlanPeriod.containing(f, leaf.start());
                if (f == null) {
                    bucketOf[l][p] = 0;
                    continue;
                }
                Integer b = idx.get(bucket);
                if (b == null) {
                    b = idx.size();
                    idx.put(bucket, b);
                }
                bucketOf[l][p] = b;
            }
            bucketIndex.add(idx);
            bucketCount[l] = f == null ? 1 : idx.size();
        }

        combos = 1 << d;
        comboStride = new int[combos][d];
        comboSize = new int[combos];
        for (int m = 0; m < combos; m++) {
            int size = 1;
            for (int i = d - 1; i >= 0; i--) {
                if ((m & (1 << i)) != 0) {
                    comboStride[m][i] = size;
                    size *= sizes[i];
                }
            }
            comboSize[m] = size;
        }
    }

    public List<Axis> axes() {
        return axes;
    }

    public List<PlanPeriod> periods() {
        return periods;
    }

    public Currency currency() {
        return currency;
    }

    /** The number of leaf cells the grid can hold (members x periods). */
    public int capacity() {
        return units.length;
    }

    // ---------------------------------------------------------------- leaf addressing

    private int leafIndex(PlanKey key) {
        if (key.members().size() != d) {
            throw new PlanningException("grid.notLeaf", describe(key));
        }
        int t = tupleIndex(key);
        return t * nPeriods + leafPeriod(key);
    }

    private int tupleIndex(PlanKey key) {
        int t = 0;
        for (int i = 0; i < d; i++) {
            t = t * sizes[i] + member(i, key);
        }
        return t;
    }

    private int member(int axis, PlanKey key) {
        Dimension dim = axes.get(axis).dimension();
        String m = key.member(dim);
        Integer k = m == null ? null : memberIndex.get(axis).get(m);
        if (k == null) {
            throw new PlanningException("grid.unknownMember", dim, m, describe(key));
        }
        return k;
    }

    private int leafPeriod(PlanKey key) {
        Integer b = bucketIndex.get(0).get(key.period());
        if (b == null || key.period().frequency() != leafFrequency) {
            throw new PlanningException("grid.periodOutside", key.period(), describe(key), periods.get(0),
                    periods.get(nPeriods - 1));
        }
        return b;
    }

    /** A human-readable name of a cell: its members in the plan's axis order, then its period. */
    public String describe(PlanKey key) {
        StringBuilder b = new StringBuilder();
        for (Axis a : axes) {
            String m = key.member(a.dimension());
            if (m != null) {
                b.append(m).append(" / ");
            }
        }
        key.members().forEach((dim, m) -> {
            if (!axisOf.containsKey(dim)) {
                b.append(m).append(" / ");
            }
        });
        return b.append(key.period()).toString();
    }

    private void checkDimensions(PlanKey key) {
        for (Dimension dim : key.members().keySet()) {
            if (!axisOf.containsKey(dim)) {
                throw new PlanningException("grid.unknownDimension", dim, describe(key));
            }
        }
    }

    // ---------------------------------------------------------------- input

    /** Sets the units of a leaf cell; when a price book is attached, its money follows. */
    public void setUnits(PlanKey key, long value) {
        checkDimensions(key);
        int leaf = leafIndex(key);
        long newMoney = money[leaf];
        if (priceBook != null) {
            newMoney = moneyOf(leaf / nPeriods, value, key);
        }
        write(leaf, value, newMoney, (byte) (present[leaf] | 1 | (priceBook != null ? 2 : 0)));
    }

    /** Sets the money of a leaf cell directly (without a price book). */
    public void setMoney(PlanKey key, Money value) {
        checkDimensions(key);
        checkCurrency(value, key);
        int leaf = leafIndex(key);
        write(leaf, units[leaf], value.amount().unscaledValue().longValueExact(), (byte) (present[leaf] | 2));
    }

    /** Empties a leaf cell. */
    public void clear(PlanKey key) {
        int leaf = leafIndex(key);
        write(leaf, 0, 0, (byte) 0);
    }

    private void checkCurrency(Money value, PlanKey key) {
        if (!value.currency().equals(currency)) {
            throw new PlanningException("grid.currency", describe(key), value.currency().getCurrencyCode(),
                    currency.getCurrencyCode());
        }
    }

    private void write(int leaf, long u, long mo, byte flags) {
        long du = u - units[leaf];
        long dm = mo - money[leaf];
        units[leaf] = u;
        money[leaf] = mo;
        present[leaf] = flags;
        if (evaluated && (du != 0 || dm != 0)) {
            retotal(leaf, du, dm);
        }
    }

    /** Adds a change of one leaf to every subtotal containing it: 2^d x levels additions. */
    private void retotal(int leaf, long du, long dm) {
        int t = leaf / nPeriods;
        int p = leaf % nPeriods;
        int[] idx = decode(t);
        for (int m = 0; m < combos; m++) {
            int off = 0;
            for (int i = 0; i < d; i++) {
                off += idx[i] * comboStride[m][i];
            }
            for (int l = (m == combos - 1 ? 1 : 0); l < bucketCount.length; l++) { // level 0 of the full
                int pos = off * bucketCount[l] + bucketOf[l][p];                    // subset is the leaves
                aggUnits[m][l][pos] += du;
                aggMoney[m][l][pos] += dm;
            }
        }
    }

    private int[] decode(int t) {
        int[] idx = new int[d];
        for (int i = d - 1; i >= 0; i--) {
            idx[i] = t % sizes[i];
            t /= sizes[i];
        }
        return idx;
    }

    // ---------------------------------------------------------------- pricing

    /**
     * Attaches a price book: every leaf's money becomes units x unit price of its product in its region (the
     * REGION member, or the region of its MANAGER), rounded half-even to the minor unit. All cells are
     * checked first, so a product without a price leaves the grid unchanged.
     */
    public void price(PriceBook book, Map<String, String> managerRegions) {
        Integer pAxis = axisOf.get(Dimension.PRODUCT);
        if (pAxis == null) {
            throw new PlanningException("price.noProductDimension");
        }
        Map<String, String> regions = Map.copyOf(managerRegions);
        BigDecimal[] price = new BigDecimal[tuples];
        long[] minor = new long[tuples];
        for (int t = 0; t < tuples; t++) {
            boolean used = false;
            for (int p = 0; p < nPeriods && !used; p++) {
                used = (present[t * nPeriods + p] & 1) != 0;
            }
            if (!used) {
                minor[t] = Long.MIN_VALUE;
                continue;
            }
            int[] idx = decode(t);
            String product = axes.get(pAxis).members().get(idx[pAxis]);
            String region = regionOf(idx, regions, t);
            price[t] = book.unitPrice(product, region, describeTuple(idx));
            BigDecimal scaled = price[t].movePointRight(scale);
            minor[t] = scaled.stripTrailingZeros().scale() <= 0 && scaled.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? scaled.longValueExact() : Long.MIN_VALUE;
        }
        long[] newMoney = new long[units.length];
        for (int t = 0; t < tuples; t++) {
            if (price[t] == null) {
                continue;
            }
            for (int p = 0; p < nPeriods; p++) {
                int leaf = t * nPeriods + p;
                if ((present[leaf] & 1) != 0) {
                    newMoney[leaf] = times(units[leaf], price[t], minor[t]);
                }
            }
        }
        this.priceBook = book;
        this.managerRegions = regions;
        this.tuplePrice = price;
        this.tuplePriceMinor = minor;
        for (int leaf = 0; leaf < units.length; leaf++) {
            if ((present[leaf] & 1) != 0) {
                money[leaf] = newMoney[leaf];
                present[leaf] |= 2;
            }
        }
        if (evaluated) {
            evaluate();
        }
    }

    private long times(long u, BigDecimal price, long priceMinor) {
        if (priceMinor != Long.MIN_VALUE) {
            return Math.multiplyExact(u, priceMinor);
        }
        return BigDecimal.valueOf(u).multiply(price).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue()
                .longValueExact();
    }

    private long moneyOf(int t, long u, PlanKey key) {
        if (tuplePrice[t] == null) {
            int[] idx = decode(t);
            int pAxis = axisOf.get(Dimension.PRODUCT);
            String product = axes.get(pAxis).members().get(idx[pAxis]);
            BigDecimal price = priceBook.unitPrice(product, regionOf(idx, managerRegions, t), describe(key));
            BigDecimal scaled = price.movePointRight(scale);
            tuplePrice[t] = price;
            tuplePriceMinor[t] = scaled.stripTrailingZeros().scale() <= 0 ? scaled.longValueExact() : Long.MIN_VALUE;
        }
        return times(u, tuplePrice[t], tuplePriceMinor[t]);
    }

    private String regionOf(int[] idx, Map<String, String> regions, int t) {
        Integer rAxis = axisOf.get(Dimension.REGION);
        if (rAxis != null) {
            return axes.get(rAxis).members().get(idx[rAxis]);
        }
        Integer mAxis = axisOf.get(Dimension.MANAGER);
        if (mAxis != null) {
            String manager = axes.get(mAxis).members().get(idx[mAxis]);
            String r = regions.get(manager);
            if (r == null) {
                throw new PlanningException("price.noRegion", manager, describeTuple(idx));
            }
            return r;
        }
        throw new PlanningException("price.noRegionDimension", describeTuple(idx));
    }

    private String describeTuple(int[] idx) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            parts.add(axes.get(i).members().get(idx[i]));
        }
        return String.join(" / ", parts);
    }

    /** The unit price the cell's money comes from, when a price book is attached. */
    public BigDecimal unitPrice(PlanKey leafKey) {
        if (priceBook == null) {
            throw new PlanningException("price.none");
        }
        int t = tupleIndex(leafKey);
        return tuplePrice[t] != null ? tuplePrice[t] : moneyPrice(t, leafKey);
    }

    private BigDecimal moneyPrice(int t, PlanKey key) {
        moneyOf(t, 0, key);
        return tuplePrice[t];
    }

    // ---------------------------------------------------------------- evaluation

    /** Rebuilds every subtotal from the leaves. */
    public void evaluate() {
        int levels = bucketCount.length;
        long[][][] au = new long[combos][levels][];
        long[][][] am = new long[combos][levels][];
        for (int m = 0; m < combos; m++) {
            for (int l = 0; l < levels; l++) {
                if (m == combos - 1 && l == 0) {
                    au[m][l] = units; // the leaves themselves
                    am[m][l] = money;
                } else {
                    au[m][l] = new long[comboSize[m] * bucketCount[l]];
                    am[m][l] = new long[comboSize[m] * bucketCount[l]];
                }
            }
        }
        int[] idx = new int[d];
        int[] off = new int[combos];
        for (int t = 0; t < tuples; t++) {
            if (t > 0) { // odometer increment of the member positions
                for (int i = d - 1; i >= 0; i--) {
                    if (++idx[i] < sizes[i]) {
                        break;
                    }
                    idx[i] = 0;
                }
            }
            for (int m = 0; m < combos; m++) {
                int o = 0;
                for (int i = 0; i < d; i++) {
                    o += idx[i] * comboStride[m][i];
                }
                off[m] = o;
            }
            int base = t * nPeriods;
            for (int p = 0; p < nPeriods; p++) {
                int leaf = base + p;
                if (present[leaf] == 0) {
                    continue;
                }
                long u = units[leaf];
                long mo = money[leaf];
                for (int m = 0; m < combos; m++) {
                    long[][] um = au[m];
                    long[][] mm = am[m];
                    int o = off[m];
                    for (int l = (m == combos - 1 ? 1 : 0); l < levels; l++) {
                        int pos = o * bucketCount[l] + bucketOf[l][p];
                        um[l][pos] += u;
                        mm[l][pos] += mo;
                    }
                }
            }
        }
        aggUnits = au;
        aggMoney = am;
        evaluated = true;
    }

    /** The number of leaves with a value. */
    public int filledLeaves() {
        int n = 0;
        for (byte b : present) {
            if (b != 0) {
                n++;
            }
        }
        return n;
    }

    /** The number of subtotal cells the evaluation keeps (every rolled-up subset at every period level). */
    public long subtotalCells() {
        long n = 0;
        for (int m = 0; m < combos; m++) {
            for (int l = 0; l < bucketCount.length; l++) {
                if (!(m == combos - 1 && l == 0)) {
                    n += (long) comboSize[m] * bucketCount[l];
                }
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- queries

    /**
     * The units of any cell: leaf or subtotal. Dimensions absent from the key are rolled up; the period may be
     * a leaf period or any coarser calendar period that overlaps the plan (its part inside the plan).
     */
    public long units(PlanKey key) {
        return (long) lookup(key, null, Measure.UNITS);
    }

    public Money money(PlanKey key) {
        return minor(lookup(key, null, Measure.MONEY));
    }

    /** Units over the whole plan horizon for the given members (absent dimensions rolled up). */
    public long totalUnits(Map<Dimension, String> members) {
        return lookup(new PlanKey(members, periods.get(0)), Boolean.TRUE, Measure.UNITS);
    }

    /** Money over the whole plan horizon for the given members (absent dimensions rolled up). */
    public Money total(Map<Dimension, String> members) {
        return minor(lookup(new PlanKey(members, periods.get(0)), Boolean.TRUE, Measure.MONEY));
    }

    /** The average realised price of a cell: money / units, half-even to the minor unit; null with no units. */
    public Money averagePrice(PlanKey key) {
        long u = units(key);
        if (u == 0) {
            return null;
        }
        return Money.of(money(key).amount().divide(BigDecimal.valueOf(u), scale + 4, RoundingMode.HALF_EVEN),
                currency, RoundingMode.HALF_EVEN);
    }

    private Money minor(long v) {
        return new Money(BigDecimal.valueOf(v, scale), currency);
    }

    private long lookup(PlanKey key, Boolean horizon, Measure measure) {
        checkDimensions(key);
        if (!evaluated) {
            evaluate();
        }
        int mask = 0;
        int off = 0;
        for (int i = 0; i < d; i++) {
            if (key.members().containsKey(axes.get(i).dimension())) {
                mask |= 1 << i;
            }
        }
        for (int i = 0; i < d; i++) {
            if ((mask & (1 << i)) != 0) {
                off += member(i, key) * comboStride[mask][i];
            }
        }
        int level;
        int bucket;
        if (horizon != null) {
            level = bucketCount.length - 1;
            bucket = 0;
        } else {
            level = levelFrequency.indexOf(key.period().frequency());
            Integer b = level < 0 ? null : bucketIndex.get(level).get(key.period());
            if (b == null) {
                throw new PlanningException("grid.periodOutside", key.period(), describe(key), periods.get(0),
                        periods.get(nPeriods - 1));
            }
            bucket = b;
        }
        long[][][] agg = measure == Measure.UNITS ? aggUnits : aggMoney;
        return agg[mask][level][off * bucketCount[level] + bucket];
    }

    // ---------------------------------------------------------------- top-down

    /** Sets the top-down target of any cell (leaf or subtotal). */
    public void setTarget(PlanKey key, Money target) {
        checkDimensions(key);
        checkCurrency(target, key);
        lookup(key, null, Measure.MONEY); // validates members and period
        targets.put(key, target);
    }

    public Money target(PlanKey key) {
        return targets.get(key);
    }

    public Map<PlanKey, Money> targets() {
        return Collections.unmodifiableMap(targets);
    }

    /** Bottom-up minus top-down for a cell with a target; null when the cell has none. */
    public Money gap(PlanKey key) {
        Money t = targets.get(key);
        return t == null ? null : money(key).minus(t);
    }

    /**
     * Splits the target of {@code parent} over the members of {@code dimension} (absent from the parent) by
     * the weights, keeping locked members and typed overrides and re-spreading the remainder (seasonality's
     * {@link Phasing}). Sets and returns the children's targets.
     */
    public Map<PlanKey, Money> splitAlong(PlanKey parent, Dimension dimension, double[] weights,
            Map<String, Money> locks, Map<String, Money> overrides) {
        Money target = requireTarget(parent);
        Integer axis = axisOf.get(dimension);
        if (axis == null || parent.members().containsKey(dimension)) {
            throw new PlanningException("grid.unknownDimension", dimension, describe(parent));
        }
        List<String> labels = axes.get(axis).members();
        Phasing.Result r = phase(target, labels, weights, locks, overrides, parent);
        Map<PlanKey, Money> out = new LinkedHashMap<>();
        for (Phasing.Cell c : r.cells()) {
            out.put(parent.with(dimension, c.label()), c.amount());
        }
        targets.putAll(out);
        return out;
    }

    /**
     * Splits the target of {@code parent} (a coarser period such as a quarter or year) over the plan's leaf
     * periods inside it, by the weights (e.g. seasonality shares), with locks and overrides keyed by period.
     */
    public Map<PlanKey, Money> splitOverPeriods(PlanKey parent, double[] weights, Map<PlanPeriod, Money> locks,
            Map<PlanPeriod, Money> overrides) {
        Money target = requireTarget(parent);
        List<String> labels = new ArrayList<>();
        List<PlanPeriod> inside = new ArrayList<>();
        for (PlanPeriod p : periods) {
            if (!p.start().isBefore(parent.period().start()) && !p.end().isAfter(parent.period().end())) {
                labels.add(p.toString());
                inside.add(p);
            }
        }
        if (inside.isEmpty() || inside.get(0).equals(parent.period())) {
            throw new PlanningException("grid.periodOutside", parent.period(), describe(parent), periods.get(0),
                    periods.get(nPeriods - 1));
        }
        Map<String, Money> l = new LinkedHashMap<>();
        locks.forEach((p, m) -> l.put(p.toString(), m));
        Map<String, Money> o = new LinkedHashMap<>();
        overrides.forEach((p, m) -> o.put(p.toString(), m));
        Phasing.Result r = phase(target, labels, weights, l, o, parent);
        Map<PlanKey, Money> out = new LinkedHashMap<>();
        for (int i = 0; i < inside.size(); i++) {
            out.put(new PlanKey(parent.members(), inside.get(i)), r.cells().get(i).amount());
        }
        targets.putAll(out);
        return out;
    }

    private Phasing.Result phase(Money target, List<String> labels, double[] weights, Map<String, Money> locks,
            Map<String, Money> overrides, PlanKey parent) {
        try {
            return Phasing.phase(target, labels, weights, locks, overrides);
        } catch (IllegalArgumentException e) {
            throw new PlanningException("grid.splitFailed", describe(parent), e.getMessage());
        }
    }

    private Money requireTarget(PlanKey parent) {
        Money t = targets.get(parent);
        if (t == null) {
            throw new PlanningException("grid.noTarget", describe(parent));
        }
        return t;
    }
}
