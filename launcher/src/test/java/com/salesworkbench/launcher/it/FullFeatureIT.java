package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.ProvisionedClient;
import com.salesworkbench.provisioning.Provisioning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** On first start the demo client comes up with feature {@code full}: every bundle runs, every component is up. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FullFeatureIT {

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Inject
    private ServiceComponentRuntime componentRuntime;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void theDemoClientRunsEveryBundleAndComponentOfFeatureFull() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        assertNotNull("the provisioned-client service is registered",
                context.getServiceReference(ProvisionedClient.class));
        ClientProfile demo = provisioning.profile(provisioning.activeClient().orElseThrow());
        assertEquals("demo", demo.id());
        assertEquals(List.of("full"), demo.features());

        Map<String, Bundle> bySymbolicName = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            bySymbolicName.put(b.getSymbolicName(), b);
        }
        List<String> wanted = provisioning.features().bundles(List.of("full"));
        assertTrue("full names the core bundles and more", wanted.size() > 15);
        List<String> problems = new ArrayList<>();
        int components = 0;
        for (String name : wanted) {
            Bundle b = bySymbolicName.get(name);
            if (b == null || b.getState() != Bundle.ACTIVE) {
                problems.add(name + (b == null ? " is not installed" : " is in state " + b.getState()));
                continue;
            }
            for (ComponentDescriptionDTO d : componentRuntime.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : componentRuntime.getComponentConfigurationDTOs(d)) {
                    components++;
                    if (c.state != ComponentConfigurationDTO.ACTIVE && c.state != ComponentConfigurationDTO.SATISFIED) {
                        problems.add(d.name + " is in state " + c.state + " " + c.failure);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue("the platform's own components are up: " + components, components >= 6);
        Bundle example = bySymbolicName.get("com.salesworkbench.example.client");
        assertNotNull("the demo client's own (signed) bundle runs", example);
        assertEquals(Bundle.ACTIVE, example.getState());
    }

    @Test
    public void theForecastModelsAreServicesThatFitAndForecast() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        Map<String, ForecastModel> models = new TreeMap<>();
        for (ServiceReference<ForecastModel> r : context.getServiceReferences(ForecastModel.class, null)) {
            models.put((String) r.getProperty(ForecastModel.MODEL_ID), context.getService(r));
        }
        for (String id : List.of("naive", "naive2", "snaive", "drift", "moving-average", "ses", "holt", "damped",
                "hw-additive", "hw-multiplicative", "ets", "ets-select", "theta", "stm", "otm", "dstm", "dotm", "croston", "sba", "tsb", "arima")) {
            assertTrue(id + " is registered: " + models.keySet(), models.containsKey(id));
            assertEquals(id, models.get(id).id());
        }
        double[] y = new double[48];
        for (int i = 0; i < y.length; i++) {
            y[i] = 100 + i + 10 * Math.sin(i * Math.PI / 6);
        }
        TimeSeries s = new TimeSeries("it", PlanPeriod.parse("2022-01"), y);
        Forecast f = models.get("ets").fit(s).forecast(12, 80, 95);
        assertEquals(12, f.horizon());
        assertEquals(PlanPeriod.parse("2026-01"), f.start());
        assertTrue("a rising series forecasts above its start: " + f.mean()[0], f.mean()[0] > 120);
    }
}
