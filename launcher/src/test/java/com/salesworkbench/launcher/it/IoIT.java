package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.Workspace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Feature office in the running program: the import service reads a cp1251 CSV and an XLSX (through the POI
 * bundle, streamed) into the active client's workspace, the io commands preview and import, a bad file is refused
 * with the place named and nothing written, and the services leave with the feature.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IoIT {

    private static final String COMMANDS = "(osgi.command.scope=io)";

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
    public void importAndExportInsideTheFramework() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId demo = provisioning.activeClient().orElseThrow();
        ClientId office = ClientId.of("io-it");
        provisioning.createClient(ClientProfile.of(office.value(), "IO", "en", List.of("office")));
        assertEquals(List.of(), provisioning.switchTo(office).problems());
        Await.until(Duration.ofSeconds(20), () -> refs() != null, () -> "the io commands are registered");

        Path dir = Files.createTempDirectory(Path.of("target"), "io-it-");
        Path csv = dir.resolve("history.csv");
        Files.write(csv, "Товар;Месяц;Продажи\nМолоко;01.2024;1 162 500,50\nМолоко;02.2024;10\n"
                .getBytes(Charset.forName("windows-1251")));
        ServiceReference<?> ref = refs()[0];
        Object commands = context.getService(ref);
        try {
            Method imp = commands.getClass().getMethod("_import", String.class, String.class, String.class, String.class,
                    String.class, String.class, boolean.class, String.class);
            String preview = (String) imp.invoke(commands, "history", "", "", "", "", "", false, csv.toString());
            assertTrue(preview, preview.contains("windows-1251") && preview.contains("Товар") && preview.contains("1162500.5"));
            assertTrue(workspace.client(office).seriesNames().isEmpty());
            String done = (String) imp.invoke(commands, "history", "", "", "", "", "", true, csv.toString());
            assertTrue(done, done.contains("series/sales"));
            assertEquals(1162500.5, workspace.client(office).readSeries("sales").get(0).valueAt(0), 1e-9);

            Method export = commands.getClass().getMethod("export", String.class, String.class);
            Path xlsx = dir.resolve("sales.xlsx");
            String exported = (String) export.invoke(commands, xlsx.toString(), "series/sales");
            assertTrue(exported, Files.size(xlsx) > 0);
            // the exported workbook reads back through the streaming XLSX reader of the same bundles
            String again = (String) imp.invoke(commands, "actuals", "", "", "", "", "", true, xlsx.toString());
            assertTrue(again, again.contains("series/actuals"));
            assertEquals(10.0, workspace.client(office).readSeries("actuals").get(0).valueAt(1), 1e-9);

            Path bad = dir.resolve("bad.csv");
            Files.writeString(bad, "series_id,ds,y\nA,2024-01,1\nA,2024-02,zwei\n");
            try {
                imp.invoke(commands, "history", "broken", "", "", "", "", true, bad.toString());
                throw new AssertionError("a bad cell must refuse the import");
            } catch (InvocationTargetException e) {
                assertTrue(e.getCause().getMessage(), e.getCause().getMessage().contains("bad.csv, line 3, column C (y)"));
            }
            assertTrue(!workspace.client(office).seriesNames().contains("broken"));
        } finally {
            context.ungetService(ref);
        }

        // the demo client has the office feature (its report needs it), so leave for a core-only client
        ClientId bare = ClientId.of("io-it-core");
        provisioning.createClient(ClientProfile.of(bare.value(), "Core", "en", List.of("core")));
        assertEquals(List.of(), provisioning.switchTo(bare).problems());
        Await.until(Duration.ofSeconds(20), () -> refs() == null, () -> "the io commands left with the feature");
        provisioning.switchTo(demo);
    }

    private ServiceReference<?>[] refs() {
        try {
            return context.getServiceReferences((String) null, COMMANDS);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
