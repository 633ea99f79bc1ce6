package com.salesworkbench.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesworkbench.api.time.PlanPeriod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanKeyTest {

    private static final PlanPeriod Q3 = PlanPeriod.parse("2026-Q3");

    @Test
    void withAddsOrReplacesAMemberAndLeavesTheOriginalAlone() {
        PlanKey base = new PlanKey(Map.of(Dimension.REGION, "North"), Q3);
        PlanKey added = base.with(Dimension.PRODUCT, "Tea");
        PlanKey replaced = added.with(Dimension.REGION, "South");

        assertEquals(Map.of(Dimension.REGION, "North", Dimension.PRODUCT, "Tea"), added.members());
        assertEquals("South", replaced.member(Dimension.REGION));
        assertEquals("Tea", replaced.member(Dimension.PRODUCT));
        assertEquals(Map.of(Dimension.REGION, "North"), base.members());
        assertEquals(Q3, replaced.period());
    }

    @Test
    void withoutRollsUpAlongADimension() {
        PlanKey key = new PlanKey(Map.of(Dimension.REGION, "North", Dimension.MANAGER, "Ivanova"), Q3);
        PlanKey rolledUp = key.without(Dimension.MANAGER);
        assertEquals(Map.of(Dimension.REGION, "North"), rolledUp.members());
        assertNull(rolledUp.member(Dimension.MANAGER));
        assertEquals("Ivanova", key.member(Dimension.MANAGER));
        // Removing an absent dimension changes nothing.
        assertEquals(rolledUp, rolledUp.without(Dimension.CLIENT));
    }

    @Test
    void keysWithTheSameMembersAndPeriodAreEqualWhateverTheMapType() {
        Map<Dimension, String> hash = new HashMap<>();
        hash.put(Dimension.PRODUCT, "Tea");
        hash.put(Dimension.REGION, "North");
        PlanKey a = new PlanKey(hash, Q3);
        PlanKey b = new PlanKey(Map.of(Dimension.REGION, "North"), Q3).with(Dimension.PRODUCT, "Tea");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new PlanKey(hash, Q3.next()));
    }

    @Test
    void membersAreCopiedInDimensionOrderAndCannotBeChanged() {
        Map<Dimension, String> input = new HashMap<>();
        input.put(Dimension.CLIENT, "c1");
        input.put(Dimension.PROFIT_CENTRE, "pc");
        PlanKey key = new PlanKey(input, Q3);
        input.put(Dimension.REGION, "North");

        assertEquals(List.of(Dimension.PROFIT_CENTRE, Dimension.CLIENT), List.copyOf(key.members().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> key.members().put(Dimension.REGION, "x"));
    }

    @Test
    void nullMemberOrPeriodIsRejected() {
        Map<Dimension, String> withNull = new HashMap<>();
        withNull.put(Dimension.REGION, null);
        assertThrows(NullPointerException.class, () -> new PlanKey(withNull, Q3));
        assertThrows(NullPointerException.class, () -> new PlanKey(Map.of(), null));
        PlanKey key = new PlanKey(Map.of(), Q3);
        assertThrows(NullPointerException.class, () -> key.with(Dimension.REGION, null));
    }
}
