package com.salesworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Blocks to DOCX, opened again with POI: heading styles, contents field, real tables, figures, page numbers, fonts. */
class DocxRendererTest {

    static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFDocument d = open(docx); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    @Test
    void editableDocumentWithStylesTablesFiguresAndFields() throws Exception {
        byte[] docx = new DocxRenderer(ReportStyle.DEFAULT).render(PdfRendererTest.sample(Locale.forLanguageTag("ru-RU")));
        try (XWPFDocument d = open(docx)) {
            List<String> h1 = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("План продаж", "季节性建模"), h1);
            assertTrue(d.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle()) && p.getText().equals("План в деньгах")));
            assertEquals(1, d.getTables().size());
            XWPFTable t = d.getTables().get(0);
            assertEquals("9 940 000", t.getRow(2).getCell(2).getText());
            assertEquals(ParagraphAlignment.RIGHT, t.getRow(2).getCell(2).getParagraphs().get(0).getAlignment());
            assertEquals(ParagraphAlignment.LEFT, t.getRow(2).getCell(0).getParagraphs().get(0).getAlignment());
            assertTrue(t.getRow(0).isRepeatHeader());
            assertEquals(1, d.getAllPictures().size());
            assertTrue(d.getAllPictures().get(0).getData().length > 1000);
            String xml = d.getDocument().xmlText();
            assertTrue(xml.contains("TOC \\o"), "contents field");
            StringBuilder footers = new StringBuilder();
            d.getFooterList().forEach(f -> f.getParagraphs().forEach(p -> footers.append(p.getCTP().xmlText())));
            assertTrue(footers.toString().contains("PAGE"), footers.toString());
            assertTrue(footers.toString().contains("Стр. "), footers.toString());
            XWPFStyles styles = d.getStyles();
            assertTrue(styles.getCtStyles().getDocDefaults().xmlText().contains("w:eastAsia=\"Noto Sans SC\""), "every script slot set");
            assertTrue(styles.styleExist("Heading1") && styles.styleExist("Heading2"));
        }
        String text = text(docx);
        assertTrue(text.contains("Демо: сеть цветочных магазинов"), text);
        assertTrue(text.contains("Содержание"), text);
        assertTrue(text.contains("季节性指数 seasonal index"), text);
    }
}
