package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.document.DocumentTemplate;
import com.salesworkbench.api.report.ReportSection;
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
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Features strategy and swot in the running program: commands, link resolvers, report sections and the
 * templates (the module's own and the demo client bundle's); a client with strategy only has no SWOT resolver
 * (so SWOT links show the module as missing) and no demo template.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StrategySwotIT {

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void servicesComeAndGoWithTheFeatures() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId demo = provisioning.activeClient().orElseThrow();
        Await.until(Duration.ofSeconds(20), () -> kinds().equals(Set.of("document", "series", "strategy", "swot")),
                () -> "the link resolvers are registered: " + kinds());
        Await.until(Duration.ofSeconds(20), () -> templates().contains("demo-consulting.quarterly-review")
                && templates().contains("strategy.anti-crisis"), () -> "templates: " + templates());
        assertEquals(14, templates().size());
        assertTrue(sections().containsAll(Set.of("strategy", "swot")));
        assertEquals(1, count("(osgi.command.scope=strategy)"));
        assertEquals(1, count("(osgi.command.scope=swot)"));

        ClientId lean = ClientId.of("strategy-only");
        provisioning.createClient(ClientProfile.of(lean.value(), "Strategy only", "en", List.of("strategy")));
        try {
            assertEquals(List.of(), provisioning.switchTo(lean).problems());
            Await.until(Duration.ofSeconds(20), () -> kinds().equals(Set.of("document", "strategy")),
                    () -> "the SWOT resolvers left with their bundle: " + kinds());
            assertEquals(13, templates().size());
            assertTrue(!templates().contains("demo-consulting.quarterly-review"));
            assertEquals(1, count("(osgi.command.scope=strategy)"));
            assertEquals(0, count("(osgi.command.scope=swot)"));
        } finally {
            provisioning.switchTo(demo);
        }
        Await.until(Duration.ofSeconds(20), () -> kinds().contains("swot") && templates().size() == 14, () -> "SWOT is back");
    }

    private int count(String filter) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, filter);
            return refs == null ? 0 : refs.length;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> kinds() {
        Set<String> out = new TreeSet<>();
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(strategy.link.kind=*)");
            if (refs != null) {
                for (ServiceReference<?> r : refs) {
                    out.add(String.valueOf(r.getProperty("strategy.link.kind")));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private Set<String> templates() {
        Set<String> out = new TreeSet<>();
        try {
            for (ServiceReference<DocumentTemplate> r : context.getServiceReferences(DocumentTemplate.class, null)) {
                DocumentTemplate t = context.getService(r);
                if (t != null) {
                    try {
                        out.add(t.id());
                    } finally {
                        context.ungetService(r);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private Set<String> sections() {
        Set<String> out = new TreeSet<>();
        try {
            for (ServiceReference<ReportSection> r : context.getServiceReferences(ReportSection.class, null)) {
                ReportSection s = context.getService(r);
                if (s != null) {
                    try {
                        out.add(s.id());
                    } finally {
                        context.ungetService(r);
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
