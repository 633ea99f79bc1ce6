package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import aQute.bnd.osgi.Builder;
import com.salesworkbench.launcher.it.fixture.ui.UiContributionActivator;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.ui.Workbench;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

/**
 * The window's model in a real framework, headless (no window is shown): the demo client's {@code full} brings
 * the ui bundle; a plug-in's views and command appear in it and disappear with the plug-in; a view that throws
 * while opening gets an error part and the rest keeps working.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DesktopWindowIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(Distribution.boot(Distribution.newWorkspace()),
                frameworkProperty("it.ui.fixture").value(buildFixture().toString()));
    }

    /** The plug-in, built by bnd from the test classes on the host before the container starts. */
    private static Path buildFixture() {
        Path jar = Fixtures.folder().resolve("ui-contribution.jar");
        try {
            Files.createDirectories(jar.getParent());
            try (Builder b = new Builder()) {
                b.setProperty("Bundle-SymbolicName", "it.ui.contribution");
                b.setProperty("Bundle-Version", "1.0.0");
                b.setProperty("Bundle-Activator", UiContributionActivator.class.getName());
                b.setProperty("Private-Package", UiContributionActivator.class.getPackageName());
                b.setProperty("-noimportjava", "true");
                b.addClasspath(new File("target/test-classes"));
                try (var built = b.build()) {
                    built.write(jar.toFile());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build the ui test plug-in: " + e.getMessage(), e);
        }
        return jar;
    }

    @Test
    public void aPluginsViewsAndCommandComeAndGoAndABrokenViewGetsAnErrorPart() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        // the ui bundle comes with the client's features, after the probe: its classes only now
        new Checks(context).run();
    }

    /** Loaded once the ui bundle runs, so the probe can see the Workbench type. */
    private static final class Checks {
        private final BundleContext context;
        private final Workbench workbench;

        Checks(BundleContext context) throws InterruptedException {
            this.context = context;
            ServiceTracker<Workbench, Workbench> tracker = new ServiceTracker<>(context, Workbench.class, null);
            tracker.open();
            try {
                this.workbench = tracker.waitForService(WAIT.toMillis());
            } finally {
                tracker.close();
            }
            assertNotNull("the ui bundle registers the workbench service", workbench);
        }

        void run() throws Exception {
            Await.until(WAIT, () -> workbench.state().client().isPresent(), () -> "the workbench follows the active client");
            Workbench.State before = workbench.state();
            assertEquals("demo", before.client().orElseThrow());
            assertFalse("no window in a headless test", before.windowShowing());
            assertEquals(List.of("plan", "forecast", "seasonality", "funnel", "motivation", "strategy", "swot"),
                    before.perspectives().subList(0, 7));
            assertFalse(before.commands().contains("it.hello"));

            Bundle plugin = context.installBundle(Path.of(context.getProperty("it.ui.fixture")).toUri().toString());
            plugin.start();
            String p = UiContributionActivator.PERSPECTIVE;
            Await.until(WAIT, () -> workbench.state().views().getOrDefault(p, List.of()).size() == 2
                            && workbench.state().commands().contains("it.hello"),
                    () -> "the plug-in's views and command appear: " + workbench.state());
            Workbench.State with = workbench.state();
            assertTrue(with.perspectives().contains(p));
            assertEquals(List.of("it.good", "it.broken"), with.views().get(p));

            Workbench.State good = workbench.select("it.good");
            assertEquals(p, good.perspective());
            assertTrue(good.parts().get("it.good").open());
            assertTrue(good.parts().get("it.good").failure().isEmpty());

            Workbench.State broken = workbench.select("it.broken");
            Workbench.PartState part = broken.parts().get("it.broken");
            assertFalse(part.open());
            String failure = part.failure().orElseThrow();
            assertTrue(failure, failure.contains("cannot build the view on purpose"));
            assertTrue("the failure says where: " + failure, failure.contains("it.broken (it.ui.contribution)"));
            assertTrue("the rest keeps working", workbench.select("it.good").parts().get("it.good").open());

            plugin.uninstall();
            Workbench.State after = workbench.state();
            assertFalse("the perspective left with its views: " + after.perspectives(), after.perspectives().contains(p));
            assertFalse(after.commands().contains("it.hello"));
            assertFalse("the parts were closed: " + after.parts(), after.parts().containsKey("it.good") || after.parts().containsKey("it.broken"));
        }
    }
}
