package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Feature planning in the running program: the plan:* commands are registered, evaluate the demo client's
 * plans/summer-2026 document (table 4: company total 9 940 000 over the summer) and refuse a year without a
 * holiday file; they leave with the bundle when the client switches to core only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlanningIT {

    private static final String COMMANDS_FILTER = "(osgi.command.scope=plan)";

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void planCommandsEvaluateTheDemoPlanAndLeaveWithTheFeature() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId demo = provisioning.activeClient().orElseThrow();
        Await.until(Duration.ofSeconds(20), () -> refs() != null, () -> "the plan commands are registered");
        String money = Gogo.run(context, "plan:show summer-2026").replaceAll("[\\s\\u00A0\\u202F]", "");
        assertTrue(money, money.contains("3300000") && money.contains("6640000") && money.contains("9940000"));
        String units = Gogo.run(context, "plan:show -m units summer-2026").replaceAll("[\\s\\u00A0\\u202F]", "");
        assertTrue(units, units.contains("1500"));
        String noHolidays = Gogo.refusal(context,
                "plan:runrate --target 1000000 -c RUB -f 2031-01-01 -t 2031-12-31 --calendar RU");
        assertTrue(noHolidays, noHolidays.contains("2031"));

        ClientId lean = ClientId.of("lean-plan");
        provisioning.createClient(ClientProfile.of(lean.value(), "Lean", "en", List.of("core")));
        try {
            assertEquals(List.of(), provisioning.switchTo(lean).problems());
            Await.until(Duration.ofSeconds(20), () -> refs() == null, () -> "the plan commands left with their bundle");
        } finally {
            provisioning.switchTo(demo);
        }
        Await.until(Duration.ofSeconds(20), () -> refs() != null, () -> "the plan commands are back");
    }

    private ServiceReference<?>[] refs() {
        try {
            return context.getServiceReferences((String) null, COMMANDS_FILTER);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
