package com.salesworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.report.BuiltReport;
import com.salesworkbench.report.ReportFormat;
import com.salesworkbench.report.internal.bench.DemoReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo client's full report, every module's section, as PDF turned back into text: the golden figures of the
 * sections in the client's number format and the section titles, in Russian, English and Chinese.
 */
class FullReportTest {

    @TempDir
    static Path dir;

    static DemoReport demo;

    @BeforeAll
    static void demo() throws Exception {
        demo = new DemoReport(dir.resolve("ws"));
    }

    @AfterAll
    static void close() throws Exception {
        demo.close();
    }

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-20T10:00:00Z"), ZoneOffset.UTC);

    /** Spaces of any width as one plain space, so "9 940 000" matches however the locale groups digits. */
    static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ru | 9 940 000 | 3 300 000 | 171 000 | Итого по компании | Содержание | Demo: flower-shop chain | Расчётные листы за 2026-06",
            "en | 9,940,000 | 3,300,000 | 171,000 | Company total | Contents | Demo: flower-shop chain | Statements for 2026-06",
            "zh | 9,940,000 | 3,300,000 | 171,000 | 公司合计 | 目录 | Demo: flower-shop chain | 2026-06 的工资单"})
    void goldenFiguresAndTitlesInEveryLanguage(String lang, String companyTotal, String ivanov, String funnelJune, String companyLabel,
            String contents, String client, String statements) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        BuiltReport r = demo.engine(ReportStyle.DEFAULT, CLOCK).build(new ReportRequest(DemoReport.DEMO, locale), ReportFormat.PDF);
        assertEquals(List.of(), List.copyOf(r.failed().keySet()), r.failed().toString());
        assertEquals(7, r.included().size(), r.included().toString());
        String text = plain(PdfRendererTest.text(r.content()));
        assertTrue(text.contains(contents), "contents heading");
        assertTrue(text.contains(client), "cover");
        for (ReportSection s : demo.sections()) {
            assertTrue(text.contains(s.title(locale)), "section title " + s.title(locale));
        }
        // plan: table 4's company total and Ivanov's quarter
        assertTrue(text.matches("(?s).*" + companyLabel + "[^\\n]*" + companyTotal + ".*"), "table 4 company total " + companyTotal);
        assertTrue(text.contains(ivanov), "Ivanov's quarter " + ivanov);
        // funnel: Ivanov's weighted June (240 000 x 60 % + 90 000 x 30 %)
        assertTrue(text.contains(funnelJune), "weighted pipeline " + funnelJune);
        // strategy and SWOT: the demo's draft strategy and board
        assertTrue(text.contains("Sales strategy 2026-2028"), "strategy document");
        assertTrue(text.contains("Own delivery in both cities"), "SWOT item");
        // pay: 40 000 fixed + 60 000 at plan on the curve; the demo's June statements from its stored figures:
        // Ivanov at 130 % 40 000 + 60 000 + 0.30 x 60 000 x 1.5 = 127 000, Petrov at 80 % 40 000 + 48 000 = 88 000
        assertTrue(text.contains(lang.equals("ru") ? "100 000" : "100,000"), "pay at plan");
        assertTrue(text.matches("(?s).*Ivanov I\\.A\\.[^\\n]*130[^\\n]*" + (lang.equals("ru") ? "127 000" : "127,000") + ".*"), "Ivanov's June pay");
        assertTrue(text.matches("(?s).*Petrov B\\.B\\.[^\\n]*80[^\\n]*" + (lang.equals("ru") ? "88 000" : "88,000") + ".*"), "Petrov's June pay");
        assertTrue(text.contains(statements), "statements heading " + statements);

        // the same figures in the editable document
        BuiltReport docx = demo.engine(ReportStyle.DEFAULT, CLOCK).build(new ReportRequest(DemoReport.DEMO, locale), ReportFormat.DOCX);
        assertEquals(r.included(), docx.included());
        String words = plain(DocxRendererTest.text(docx.content()));
        for (ReportSection s : demo.sections()) {
            assertTrue(words.contains(s.title(locale)), "DOCX section title " + s.title(locale));
        }
        assertTrue(words.matches("(?s).*" + companyLabel + "[^\\n]*" + companyTotal + ".*"), "DOCX table 4 company total " + companyTotal);
        assertTrue(words.contains(funnelJune), "DOCX weighted pipeline");
        assertTrue(words.contains(statements), "DOCX statements");
        try (var d = DocxRendererTest.open(docx.content())) {
            assertTrue(d.getAllPictures().size() >= 5, "figures as pictures: " + d.getAllPictures().size());
        }
        // the embedded faces draw every character of the deliverable (Cyrillic, Chinese, Latin, digits)
        for (var face : DocxRendererTest.embeddedFaces(docx.content()).entrySet()) {
            var cmap = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(face.getValue()))
                    .getUnicodeCmapLookup();
            String missing = words.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c >= 0x20)
                    .filter(c -> cmap.getGlyphId(c) == 0).distinct()
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertEquals("", missing, lang + " " + face.getKey() + " lacks glyphs");
        }
    }
}
