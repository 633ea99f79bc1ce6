package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.Workspace;
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
    private static final String PLAN_COMMANDS = "(osgi.command.scope=plan)";

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
        String preview = Gogo.run(context, "io:import -k history " + Gogo.quoted(csv));
        assertTrue(preview, preview.contains("windows-1251") && preview.contains("Товар") && preview.contains("1162500.5"));
        assertTrue(workspace.client(office).seriesNames().isEmpty());
        String done = Gogo.run(context, "io:import -k history -y " + Gogo.quoted(csv));
        assertTrue(done, done.contains("series/sales"));
        assertEquals(1162500.5, workspace.client(office).readSeries("sales").get(0).valueAt(0), 1e-9);

        Path xlsx = dir.resolve("sales.xlsx");
        String exported = Gogo.run(context, "io:export -o " + Gogo.quoted(xlsx) + " series/sales");
        assertTrue(exported, Files.size(xlsx) > 0);
        // the exported workbook reads back through the streaming XLSX reader of the same bundles
        String again = Gogo.run(context, "io:import -k actuals -y " + Gogo.quoted(xlsx));
        assertTrue(again, again.contains("series/actuals"));
        assertEquals(10.0, workspace.client(office).readSeries("actuals").get(0).valueAt(1), 1e-9);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "series_id,ds,y\nA,2024-01,1\nA,2024-02,zwei\n");
        String refused = Gogo.refusal(context, "io:import -k history -n broken -y " + Gogo.quoted(bad));
        assertTrue(refused, refused.contains("bad.csv, line 3, column C (y)"));
        assertTrue(!workspace.client(office).seriesNames().contains("broken"));

        // a plan grid needs the planning module: without it the import says so and writes nothing
        String noPlanning = Gogo.refusal(context, "io:import -k plan -n q3 -y " + Gogo.quoted(table4(dir)));
        assertTrue(noPlanning, noPlanning.contains("planning"));
        assertTrue(workspace.client(office).documents().stream().noneMatch(d -> d.startsWith("plans/")));

        planGridsBecomePlans(dir);

        // the demo client has the office feature (its report needs it), so leave for a core-only client
        ClientId bare = ClientId.of("io-it-core");
        provisioning.createClient(ClientProfile.of(bare.value(), "Core", "en", List.of("core")));
        assertEquals(List.of(), provisioning.switchTo(bare).problems());
        Await.until(Duration.ofSeconds(20), () -> refs() == null, () -> "the io commands left with the feature");
        provisioning.switchTo(demo);
    }

    /** Table 4 of the planning article as a long grid: manager, product, month, money. */
    private static Path table4(Path dir) throws java.io.IOException {
        StringBuilder sb = new StringBuilder("Manager,Product,Period,Amount\n");
        String[][] rows = {{"Ivanov I.A.", "Product 1", "600000", "600000", "600000"},
                {"Ivanov I.A.", "Product 2", "562500", "375000", "562500"},
                {"Petrov B.B.", "Product 1", "1365000", "1365000", "910000"},
                {"Petrov B.B.", "Product 2", "1125000", "1125000", "750000"}};
        for (String[] r : rows) {
            for (int m = 0; m < 3; m++) {
                sb.append(r[0]).append(',').append(r[1]).append(",2026-0").append(6 + m).append(',').append(r[2 + m]).append('\n');
            }
        }
        Path file = dir.resolve("table4.csv");
        Files.writeString(file, sb.toString());
        return file;
    }

    /**
     * With the planning module, io:import of a plan grid makes a real plan that plan:list and plan:show show with
     * planning's figures; io:export plan/NAME writes a sheet whose subtotals are SUBTOTAL formulas, and that sheet
     * imports again as a plan with the same total.
     */
    private void planGridsBecomePlans(Path dir) throws Exception {
        ClientId planning = ClientId.of("io-plan-it");
        provisioning.createClient(ClientProfile.of(planning.value(), "Plan", "ru-RU", List.of("office", "planning")));
        assertEquals(List.of(), provisioning.switchTo(planning).problems());
        Await.until(Duration.ofSeconds(20), () -> refs() != null && refs(PLAN_COMMANDS) != null,
                () -> "the io and plan commands are registered");
        String done = Gogo.run(context, "io:import -k plan -n q3 -y " + Gogo.quoted(table4(dir)));
        assertTrue(done, done.contains("plans/q3"));
        String list = Gogo.run(context, "plan:list");
        assertTrue(list, list.contains("q3") && list.contains("RUB") && list.contains("manager,product"));
        String show = Gogo.run(context, "plan:show q3");
        assertTrue(show, show.replace('\u00A0', ' ').replace('\u202F', ' ').contains("9 940 000"));

        Path xlsx = dir.resolve("q3.xlsx");
        String exported = Gogo.run(context, "io:export -o " + Gogo.quoted(xlsx) + " plan/q3");
        assertTrue(exported, exported.contains("12"));
        Sheets.assertSubtotalFormulas(xlsx);

        // the exported sheet (subtotal rows and all) imports again as a plan with planning's total
        String again = Gogo.run(context, "io:import -k plan -n q3-copy -y " + Gogo.quoted(xlsx));
        assertTrue(again, again.contains("plans/q3-copy"));
        String copy = Gogo.run(context, "plan:show -m money q3-copy");
        assertTrue(copy, copy.replace('\u00A0', ' ').replace('\u202F', ' ').contains("9 940 000"));
    }

    /**
     * The sheet's XML read as it is in the file (not through POI: the probe must not wire to the POI bundle, which
     * leaves with the client switch at the end).
     */
    static final class Sheets {

        private Sheets() {
        }

        static void assertSubtotalFormulas(Path xlsx) throws Exception {
            String sheet = null;
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
                java.util.zip.ZipEntry e = zip.getEntry("xl/worksheets/sheet1.xml");
                if (e != null) {
                    try (java.io.InputStream in = zip.getInputStream(e)) {
                        sheet = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            assertTrue("a first sheet", sheet != null);
            // header, Ivanov's 6 cells, his subtotal (row 8), Petrov's 6, his subtotal (row 15), the total (row 16)
            assertTrue(sheet, sheet.contains("<t>Σ Ivanov I.A.</t>"));
            assertTrue(sheet, sheet.matches("(?s).*<c r=\"D8\"[^>]*><f>SUBTOTAL\\(9,D2:D7\\)</f><v>3300000(\\.0)?</v>.*"));
            assertTrue(sheet, sheet.matches("(?s).*<c r=\"D15\"[^>]*><f>SUBTOTAL\\(9,D9:D14\\)</f>.*"));
            assertTrue(sheet, sheet.matches("(?s).*<c r=\"D16\"[^>]*><f>SUBTOTAL\\(9,D2:D15\\)</f><v>9940000(\\.0)?</v>.*"));
        }
    }

    private ServiceReference<?>[] refs() {
        return refs(COMMANDS);
    }

    private ServiceReference<?>[] refs(String filter) {
        try {
            return context.getServiceReferences((String) null, filter);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
