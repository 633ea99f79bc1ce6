package com.salesworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.report.BuiltReport;
import com.salesworkbench.report.ReportException;
import com.salesworkbench.report.ReportFormat;
import com.salesworkbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sections in order; a throwing one becomes a note and is reported while the rest builds; bad requests refused. */
class ReportEngineTest {

    @TempDir
    Path dir;

    static ReportSection section(String id, int order, RuntimeException failure) {
        return new ReportSection() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String title(Locale locale) {
                return "Title " + id;
            }

            @Override
            public List<ReportBlock> content(ReportRequest request) {
                if (failure != null) {
                    throw failure;
                }
                return List.of(new ReportBlock.Paragraph("Body of " + id));
            }
        };
    }

    @Test
    void aThrowingSectionIsANoteAndTheRestBuilds() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ClientId acme = ClientId.of("acme");
            ws.create(acme).save(ClientProfile.DOCUMENT, ClientProfile.TYPE, ClientProfile.of("acme", "Acme Retail", "en", List.of("core")));
            List<ReportSection> sections = List.of(section("b", 20, null), section("broken", 15, new IllegalStateException("no data file x.csv")),
                    section("a", 10, null));
            ReportEngine engine = new ReportEngine(ws, () -> sections, () -> ReportStyle.DEFAULT, Clock.systemUTC());
            BuiltReport r = engine.build(new ReportRequest(acme, Locale.ENGLISH), ReportFormat.PDF);
            assertEquals(List.of("Title a", "Title b"), r.included());
            assertEquals("no data file x.csv", r.failed().get("Title broken"));
            String text = PdfRendererTest.text(r.content());
            assertTrue(text.indexOf("Body of a") < text.indexOf("This section could not be built: no data file x.csv"), text);
            assertTrue(text.indexOf("This section could not be built") < text.indexOf("Body of b"), text);
            assertTrue(text.contains("Acme Retail"), text);

            ReportException e = assertThrows(ReportException.class,
                    () -> engine.build(new ReportRequest(ClientId.of("nobody"), Locale.ENGLISH), ReportFormat.PDF));
            assertEquals("В рабочей области нет клиента «nobody» (см. client:list).", e.message(Locale.forLanguageTag("ru")));
        }
    }
}
