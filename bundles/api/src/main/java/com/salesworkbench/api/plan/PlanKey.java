package com.salesworkbench.api.plan;

import com.salesworkbench.api.time.PlanPeriod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The address of one plan cell: a member for each dimension the plan uses, and a period. A dimension
 * that is absent means "all members" (a subtotal along that dimension).
 */
public record PlanKey(Map<Dimension, String> members, PlanPeriod period) {

    public PlanKey {
        Objects.requireNonNull(period, "period");
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        members.forEach((d, m) -> copy.put(Objects.requireNonNull(d), Objects.requireNonNull(m, "member of " + d)));
        members = Collections.unmodifiableMap(copy);
    }

    public String member(Dimension dimension) {
        return members.get(dimension);
    }

    /** This key with one more (or a replaced) member. */
    public PlanKey with(Dimension dimension, String member) {
        EnumMap<Dimension, String> m = new EnumMap<>(Dimension.class);
        m.putAll(members);
        m.put(dimension, member);
        return new PlanKey(m, period);
    }

    /** This key rolled up along {@code dimension}. */
    public PlanKey without(Dimension dimension) {
        EnumMap<Dimension, String> m = new EnumMap<>(Dimension.class);
        m.putAll(members);
        m.remove(dimension);
        return new PlanKey(m, period);
    }
}
