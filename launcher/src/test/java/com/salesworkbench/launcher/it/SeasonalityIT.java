package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.Workspace;
import java.time.Duration;
import java.util.Collection;
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
 * Feature seasonality in the running program: its forecast model is a service the engine can find by id, its
 * season:* commands are registered, and both leave with the bundle when the client switches to core only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SeasonalityIT {

    private static final String MODEL_FILTER = "(" + ForecastModel.MODEL_ID + "=seasonal-decomposition)";
    private static final String COMMANDS_FILTER = "(osgi.command.scope=season)";

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Inject
    private Workspace workspace;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void theSeasonalModelForecastsTheDemoHistoryAndLeavesWithTheFeature() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId demo = provisioning.activeClient().orElseThrow();
        Await.until(Duration.ofSeconds(20), () -> models().size() == 1, () -> "the seasonal model is registered");
        assertEquals(1, context.getServiceReferences((String) null, COMMANDS_FILTER).length);

        ServiceReference<ForecastModel> ref = models().iterator().next();
        ForecastModel model = context.getService(ref);
        try {
            TimeSeries history = workspace.client(demo).readSeries("sales-history").get(0);
            Forecast f = model.fit(history).forecast(12, 80, 95);
            assertEquals(history.end(), f.start());
            assertEquals(12, f.horizon());
            for (int h = 0; h < 12; h++) {
                assertTrue(f.intervals().get(1).lower()[h] <= f.mean()[h] && f.mean()[h] <= f.intervals().get(1).upper()[h]);
            }
        } finally {
            context.ungetService(ref);
        }

        ClientId lean = ClientId.of("lean-season");
        provisioning.createClient(ClientProfile.of(lean.value(), "Lean", "en", List.of("core")));
        try {
            assertEquals(List.of(), provisioning.switchTo(lean).problems());
            Await.until(Duration.ofSeconds(20), () -> models().isEmpty(), () -> "the seasonal model left with its bundle");
            assertEquals(null, context.getServiceReferences((String) null, COMMANDS_FILTER));
        } finally {
            provisioning.switchTo(demo);
        }
        Await.until(Duration.ofSeconds(20), () -> models().size() == 1, () -> "the seasonal model is back");
        assertNotNull(context.getServiceReferences((String) null, COMMANDS_FILTER));
    }

    private Collection<ServiceReference<ForecastModel>> models() {
        try {
            return context.getServiceReferences(ForecastModel.class, MODEL_FILTER);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
