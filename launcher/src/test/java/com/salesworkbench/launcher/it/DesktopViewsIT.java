package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import java.time.Duration;
import java.util.List;
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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The module views come with automatic features: the demo client (full) gets the plan, forecast and
 * seasonality views; a client with seasonality and the desktop but without forecasting gets the seasonality
 * view only, and never ui.forecast (which would not resolve there).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DesktopViewsIT {

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    private Set<String> perspectives() {
        Set<String> out = new TreeSet<>();
        java.util.Collection<ServiceReference<WorkbenchView>> refs;
        try {
            refs = context.getServiceReferences(WorkbenchView.class, null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<WorkbenchView> r : refs) {
            String id = context.getService(r).id();
            context.ungetService(r);
            if (id.equals("plan.grid") || id.equals("forecast.series") || id.equals("seasonality.profile")) {
                out.add(r.getProperty(WorkbenchView.PERSPECTIVE) + ":" + id);
            }
        }
        return out;
    }

    private boolean installed(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void viewsFollowTheClientsModules() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        Await.until(Duration.ofSeconds(20), () -> perspectives().size() == 3, () -> "views: " + perspectives());
        assertEquals(Set.of("plan:plan.grid", "forecast:forecast.series", "seasonality:seasonality.profile"), perspectives());

        ClientId shop = ClientId.of("shop");
        provisioning.createClient(ClientProfile.of(shop.value(), "Shop", "en", List.of("seasonality", "desktop")));
        provisioning.switchTo(shop);
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        Await.until(Duration.ofSeconds(20), () -> perspectives().size() == 1, () -> "views: " + perspectives());
        assertEquals(Set.of("seasonality:seasonality.profile"), perspectives());
        assertTrue(installed("com.salesworkbench.ui.seasonality"));
        assertTrue("no forecasting, no forecast view", !installed("com.salesworkbench.ui.forecast"));
        assertTrue(!installed("com.salesworkbench.ui.plan"));

        provisioning.switchTo(ClientId.of("demo"));
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        Await.until(Duration.ofSeconds(20), () -> perspectives().size() == 3, () -> "views: " + perspectives());
    }
}
