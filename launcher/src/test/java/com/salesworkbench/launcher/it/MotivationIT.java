package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Feature motivation in the running program: the twelve built-in rule types as services (the accelerator gives
 * the golden 145 000), the pay commands, a client's own rule type picked up and dropped by the whiteboard, and
 * everything gone for a client without the feature.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MotivationIT {

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void ruleServicesCommandsAndTheWhiteboard() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId demo = provisioning.activeClient().orElseThrow();
        Await.until(Duration.ofSeconds(20), () -> types().size() == 12, () -> "the built-in rule types: " + types());
        assertTrue(types().containsAll(Set.of("marginal-tiers", "retroactive-tiers", "accelerator", "decelerator", "draw",
                "clawback", "kpi-matrix", "plan-scale", "fine", "cap", "attainment", "department-milestones")));
        assertEquals(1, count("(osgi.command.scope=pay)"));

        ServiceReference<PayRule> acc = context.getServiceReferences(PayRule.class, "(pay.rule.type=accelerator)").iterator().next();
        PayRule rule = context.getService(acc);
        try {
            PayLine line = rule.evaluate(new PayRuleInput("acc", Map.of("targetIncentive", 100000, "factor", 1.5), "rep",
                    com.salesworkbench.api.time.PlanPeriod.month(YearMonth.of(2026, 1)), Currency.getInstance("RUB"),
                    Map.of("attainment", new BigDecimal("1.3"))));
            assertEquals(Money.of(new BigDecimal("145000"), Currency.getInstance("RUB"), RoundingMode.UNNECESSARY), line.amount());
        } finally {
            context.ungetService(acc);
        }

        Hashtable<String, Object> props = new Hashtable<>();
        props.put(PayRule.RULE_TYPE, "client-special");
        ServiceRegistration<PayRule> reg = context.registerService(PayRule.class, new PayRule() {
            @Override
            public String type() {
                return "client-special";
            }

            @Override
            public String title(Locale locale) {
                return "Client special";
            }

            @Override
            public PayLine evaluate(PayRuleInput in) {
                return new PayLine(in.ruleId(), "0", Map.of(), Money.zero(in.currency()));
            }
        }, props);
        try {
            String listed = Gogo.run(context, "pay:rules");
            assertTrue(listed, listed.contains("client-special"));
        } finally {
            reg.unregister();
        }
        String after = Gogo.run(context, "pay:rules");
        assertTrue(after, !after.contains("client-special") && after.contains("marginal-tiers"));

        ClientId lean = ClientId.of("no-pay");
        provisioning.createClient(ClientProfile.of(lean.value(), "No pay", "en", List.of("funnel")));
        try {
            assertEquals(List.of(), provisioning.switchTo(lean).problems());
            Await.until(Duration.ofSeconds(20), () -> types().isEmpty(), () -> "rule types left with the feature: " + types());
            assertEquals(0, count("(osgi.command.scope=pay)"));
        } finally {
            provisioning.switchTo(demo);
        }
        Await.until(Duration.ofSeconds(20), () -> types().size() == 12, () -> "rule types are back: " + types());
    }

    private int count(String filter) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, filter);
            return refs == null ? 0 : refs.length;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> types() {
        Set<String> out = new TreeSet<>();
        try {
            for (ServiceReference<PayRule> r : context.getServiceReferences(PayRule.class, null)) {
                out.add(String.valueOf(r.getProperty(PayRule.RULE_TYPE)));
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
