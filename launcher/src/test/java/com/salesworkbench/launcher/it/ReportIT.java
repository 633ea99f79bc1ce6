package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.report.BuiltReport;
import com.salesworkbench.report.ReportBuilder;
import com.salesworkbench.report.ReportFormat;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * report:build in the running program: the demo client's full report (the sections of every installed module)
 * as a PDF whose text holds table 4's company total, styled by the demo client's own resource-only bundle; bad
 * input gets a clear message and writes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportIT {

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void buildsTheDemoClientsFullReport() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        Await.until(Duration.ofSeconds(30), () -> ref() != null, () -> "report:build is registered");
        // every module's section is there before the build
        Await.until(Duration.ofSeconds(30), () -> sections() >= 7, () -> "7 report sections, found " + sections());
        Path out = Files.createTempDirectory(Path.of("target"), "report-it-").resolve("demo.pdf").toAbsolutePath();
        String said = Gogo.run(context, "report:build --format pdf --out " + Gogo.quoted(out) + " --lang en");
        assertTrue(said, said.contains("Sales plan") && said.contains("Sales funnel") && said.contains("Seasonal profile"));
        assertFalse(said, said.contains("failed"));
        byte[] pdf = Files.readAllBytes(out);
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            sb.append(extractor.getTextFromPage(i)).append('\n');
        }
        String text = sb.toString();
        assertTrue(text, text.contains("9,940,000"));
        assertTrue(text, text.contains("Company total"));
        // the pay section's real statements from the demo's kept June figures
        assertTrue(text, text.contains("Statements for 2026-06") && text.contains("127,000"));
        // the demo client's own bundle carries a firm's style (Report-Style header, JSON and logo, no code)
        assertTrue(said, said.contains("com.salesworkbench.example.client/report-style/style.json"));
        assertTrue(text, text.contains("North Star Consulting"));

        String odt = Gogo.refusal(context, "report:build --format odt --out " + Gogo.quoted(out.resolveSibling("x.odt")) + " --lang en");
        assertTrue(odt, odt.contains("odt"));
        String nobody = Gogo.refusal(context, "report:build --client nobody --format pdf --out "
                + Gogo.quoted(out.resolveSibling("y.pdf")) + " --lang en");
        assertTrue(nobody, nobody.contains("nobody"));
        assertFalse(Files.exists(out.resolveSibling("y.pdf")));
    }

    /**
     * The DOCX through the public ReportBuilder service: its fonts are subset by FontBox inside the framework and
     * embedded as Word embeds them (fontTable.xml, obfuscated .odttf parts, embedTrueTypeFonts in the settings).
     */
    @Test
    public void buildsTheDocxWithItsFontsEmbedded() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        Await.until(Duration.ofSeconds(30), () -> context.getServiceReference(ReportBuilder.class) != null && sections() >= 7,
                () -> "the report builder and 7 sections");
        ServiceReference<ReportBuilder> ref = context.getServiceReference(ReportBuilder.class);
        ReportBuilder builder = context.getService(ref);
        try {
            BuiltReport docx = builder.build(new ReportRequest(provisioning.activeClient().orElseThrow(), Locale.forLanguageTag("zh")),
                    ReportFormat.DOCX);
            assertTrue(docx.failed().toString(), docx.failed().isEmpty());
            Map<String, byte[]> parts = new TreeMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.content()))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
            assertTrue(parts.keySet().toString(), parts.containsKey("word/fontTable.xml") && parts.containsKey("word/fonts/font1.odttf")
                    && parts.containsKey("word/fonts/font2.odttf"));
            String table = new String(parts.get("word/fontTable.xml"), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(table, table.contains("w:embedRegular") && table.contains("w:embedBold") && table.contains("w:fontKey"));
            String settings = new String(parts.get("word/settings.xml"), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(settings, settings.contains("embedTrueTypeFonts") && settings.contains("saveSubsetFonts"));
            // subsets: the whole face is 10 MB
            assertTrue("subset " + parts.get("word/fonts/font1.odttf").length, parts.get("word/fonts/font1.odttf").length < 1_000_000);
        } finally {
            context.ungetService(ref);
        }
    }

    private int sections() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences("com.salesworkbench.api.report.ReportSection", null);
            return refs == null ? 0 : refs.length;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ServiceReference<?> ref() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(osgi.command.scope=report)");
            return refs == null ? null : refs[0];
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
