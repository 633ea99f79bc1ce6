package com.salesworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.report.ReportBlock;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Blocks to PDF and back to text: cover, contents with the real page numbers, tables, Chinese and Cyrillic, figures. */
class PdfRendererTest {

    static ReportContent sample(Locale locale) {
        ReportBlock.Figure figure = new ReportBlock.Figure("Рис. 1 图表", 2.0, (g, area) -> {
            g.setColor(Color.BLUE);
            g.fill(new Rectangle2D.Double(area.getX() + 10, area.getY() + 10, area.getWidth() / 3, area.getHeight() / 2));
            g.setFont(com.salesworkbench.fonts.WorkbenchFonts.font(com.salesworkbench.fonts.WorkbenchFonts.Face.REGULAR, 12));
            g.drawString("Выручка 销售额 Revenue", 20f, (float) area.getHeight() - 20f);
        });
        List<ReportBlock> plan = List.of(new ReportBlock.Heading("План в деньгах"),
                new ReportBlock.Table(List.of("Менеджер", "2026-06", "Итого"),
                        List.of(List.of("Иванов И.А.", "1 162 500", "3 300 000"), List.of("Итого по компании", "3 652 500", "9 940 000"))),
                figure);
        List<ReportBlock> second = List.of(new ReportBlock.Paragraph("季节性指数 seasonal index"));
        return new ReportContent("Демо: сеть цветочных магазинов", LocalDate.of(2026, 6, 1), locale,
                List.of(new ReportContent.Part("plan", "План продаж", plan, null),
                        new ReportContent.Part("season", "季节性建模", second, null)));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    @Test
    void textExtractsInEveryScriptWithContentsAndPageNumbers() throws IOException {
        byte[] pdf = new PdfRenderer(ReportStyle.DEFAULT).render(sample(Locale.forLanguageTag("ru-RU")));
        String text = text(pdf);
        assertTrue(text.contains("Демо: сеть цветочных магазинов"), text);
        assertTrue(text.contains("Содержание"), text);
        assertTrue(text.contains("9 940 000"), text);
        assertTrue(text.contains("季节性建模"), text);
        assertTrue(text.contains("季节性指数 seasonal index"), text);
        assertTrue(text.contains("Выручка 销售额 Revenue"), "chart text is vector text: " + text);
        assertTrue(text.contains("Стр. 3 из 4"), text);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(4, d.getNumberOfPages()); // cover, contents, two sections
            String contents = new PDFTextStripper() {
                {
                    setStartPage(2);
                    setEndPage(2);
                }
            }.getText(d);
            assertTrue(contents.matches("(?s).*План продаж[ .]*3\\s.*"), contents);
            assertTrue(contents.matches("(?s).*季节性建模[ .]*4\\s.*"), contents);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                for (var name : d.getPage(i).getResources().getFontNames()) {
                    PDFont f = d.getPage(i).getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName());
                    assertTrue(f.getName().contains("+NotoSansSC"), "subset: " + f.getName());
                }
            }
            assertEquals(2, countOutline(d));
        }
    }

    /** Every page but the cover says "page N of M" with the real count, in each language; the contents stay right. */
    @Test
    void everyPageButTheCoverSaysPageNOfM() throws IOException {
        // a long table makes the first section run over several pages, so M is not known while pages end
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 160; i++) {
            rows.add(List.of("Менеджер " + i, String.valueOf(i * 1000)));
        }
        Map<String, String> pattern = Map.of("en", "Page %d of %d", "ru", "Стр. %d из %d", "zh", "第 %d 页，共 %d 页");
        for (String lang : List.of("en", "ru", "zh")) {
            ReportContent base = sample(Locale.forLanguageTag(lang));
            ReportContent.Part first = base.parts().get(0);
            List<ReportBlock> blocks = new java.util.ArrayList<>(first.blocks());
            blocks.add(new ReportBlock.Table(List.of("A", "B"), rows));
            ReportContent content = new ReportContent(base.clientName(), base.date(), base.locale(),
                    List.of(new ReportContent.Part(first.id(), first.title(), blocks, null), base.parts().get(1)));
            byte[] pdf = new PdfRenderer(ReportStyle.DEFAULT).render(content);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                int m = d.getNumberOfPages();
                assertTrue(m >= 7, "several pages: " + m);
                for (int page = 1; page <= m; page++) {
                    String onPage = pageText(d, page);
                    String expected = String.format(Locale.ROOT, pattern.get(lang), page, m);
                    if (page == 1) {
                        assertFalse(onPage.contains(String.format(Locale.ROOT, pattern.get(lang), 1, m)), "no number on the cover");
                    } else {
                        assertTrue(onPage.contains(expected), lang + " page " + page + ": " + expected + " in " + onPage);
                    }
                }
                // the second section starts on the last page, and the contents say so
                assertTrue(pageText(d, m).contains("季节性建模"));
                assertTrue(pageText(d, 2).matches("(?s).*季节性建模[ .]*" + m + "\\s.*"), pageText(d, 2));
            }
        }
    }

    private static String pageText(PDDocument d, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(d).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static int countOutline(PDDocument d) {
        int n = 0;
        for (var item : d.getDocumentCatalog().getDocumentOutline().children()) {
            n++;
        }
        return n;
    }

    @Test
    void firmStyleChangesCoverAndFooter() throws IOException {
        ReportStyle style = ReportStyle.parse("test", """
                {"firm": "North Star", "coverTitle": {"en": "Plan 2026", "ru": "План 2026"}, "footer": "Confidential",
                 "primaryColor": "#112233"}""".getBytes(), p -> null);
        String text = text(new PdfRenderer(style).render(sample(Locale.ENGLISH)));
        assertTrue(text.contains("Plan 2026"), text);
        assertTrue(text.contains("Prepared by North Star"), text);
        assertTrue(text.contains("Confidential"), text);
        assertFalse(text.contains("Sales planning deliverable"), text);
    }

    @Test
    void theDemoFirmsBundleStylesTheCoverWithItsLogo() throws IOException {
        ReportStyle style = new StyleTracker(null).addingBundle(StyleTrackerTest.bundle(7, "firm", "report-style/style.json", "firm"), null);
        byte[] pdf = new PdfRenderer(style).render(sample(Locale.forLanguageTag("zh")));
        String text = text(pdf);
        assertTrue(text.contains("2026 年销售计划与战略"), text);
        assertTrue(text.contains("编制：北极星咨询"), text);
        assertTrue(text.contains("北极星咨询 - 机密"), text);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            boolean image = false;
            for (var name : d.getPage(0).getResources().getXObjectNames()) {
                image |= d.getPage(0).getResources().isImageXObject(name);
            }
            assertTrue(image, "the logo is on the cover");
        }
    }

    @Test
    void numbersAreRecognisedForRightAlignment() {
        for (String n : List.of("9 940 000", "9\u00a0940\u00a0000,00\u00a0₽", "-12.5%", "¥1,234", "3,652,500.00 RUB", "0")) {
            assertTrue(Cells.numeric(n), n);
        }
        for (String s : List.of("2026-06", "Ivanov I.A.", "", "Q1 2026")) {
            assertFalse(Cells.numeric(s), s);
        }
        assertTrue(PdfRenderer.numericColumn(new ReportBlock.Table(List.of("a", "b"), List.of(List.of("x", "1"), List.of("y", ""))), 1));
        assertFalse(PdfRenderer.numericColumn(new ReportBlock.Table(List.of("a", "b"), List.of(List.of("x", "1"))), 0));
    }

    @Test
    void badStyleNamesTheField() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportStyle.parse("firm/style.json", "{\"primaryColor\": \"blue\"}".getBytes(), p -> null));
        assertTrue(e.getMessage().contains("primaryColor"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportStyle.parse("firm/style.json", "{\"logo\": \"logo.png\"}".getBytes(), p -> null));
        assertTrue(e.getMessage().contains("logo.png"), e.getMessage());
        assertEquals(Map.of(), ReportStyle.DEFAULT.firm());
    }
}
