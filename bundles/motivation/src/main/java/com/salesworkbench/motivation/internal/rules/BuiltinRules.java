package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayRule;
import java.util.List;

/** The built-in rule types as plain objects, for tests, benchmarks and a class-path run without OSGi. */
public final class BuiltinRules {
    private BuiltinRules() {
    }

    public static List<PayRule> all() {
        return List.of(new AttainmentRule(), new PlanScaleRule(), new FineRule(), new KpiMatrixRule(), new MarginalTiersRule(),
                new RetroactiveTiersRule(), new AcceleratorRule(), new DeceleratorRule(), new CapRule(), new DrawRule(),
                new ClawbackRule(), new DepartmentMilestonesRule());
    }
}
