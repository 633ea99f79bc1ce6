package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Head of sales: a bonus for each department plan milestone passed ({@code milestones} [{at: 1.0, bonus: 20000},
 * {at: 1.1, bonus: 10000}], added up), on figures {@code department.actual} and {@code department.plan}. With
 * {@code minMargin}, nothing unless the figure {@code department.margin} reaches it.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=department-milestones")
public final class DepartmentMilestonesRule extends BuiltinRule {
    @Override
    public String type() {
        return "department-milestones";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal actual = Params.figure(in, "department.actual");
        BigDecimal plan = Params.figure(in, "department.plan");
        BigDecimal a = plan.signum() == 0 ? BigDecimal.ZERO : actual.divide(plan, 6, RoundingMode.HALF_EVEN);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("department.actual", actual);
        inputs.put("department.plan", plan);
        inputs.put("department.attainment", a);
        BigDecimal minMargin = opt(in, "minMargin");
        if (minMargin != null) {
            BigDecimal margin = Params.figure(in, "department.margin");
            inputs.put("department.margin", margin);
            inputs.put("minMargin", minMargin);
            if (margin.compareTo(minMargin) < 0) {
                return line(in, "nothing: department margin below the minimum", "formula.department-milestones.none", List.of(), inputs, BigDecimal.ZERO);
            }
        }
        BigDecimal bonus = BigDecimal.ZERO;
        int passed = 0;
        for (var m : Params.list(in.parameters(), in.ruleId(), "milestones")) {
            if (a.compareTo(Params.decimal(m.get("at"), in.ruleId(), "milestones.at")) >= 0) {
                bonus = bonus.add(Params.decimal(m.get("bonus"), in.ruleId(), "milestones.bonus"));
                passed++;
            }
        }
        inputs.put("milestonesPassed", BigDecimal.valueOf(passed));
        return line(in, "sum of bonuses of the department milestones passed", "formula.department-milestones", List.of(), inputs, bonus);
    }
}
