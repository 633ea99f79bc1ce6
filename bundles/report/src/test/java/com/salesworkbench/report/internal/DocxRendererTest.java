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
            assertTrue(footers.toString().contains("NUMPAGES") && footers.toString().contains(" из "), "page N of M: " + footers);
            XWPFStyles styles = d.getStyles();
            assertTrue(styles.getCtStyles().getDocDefaults().xmlText().contains("w:eastAsia=\"Noto Sans SC\""), "every script slot set");
            assertTrue(styles.styleExist("Heading1") && styles.styleExist("Heading2"));
        }
        String text = text(docx);
        assertTrue(text.contains("Демо: сеть цветочных магазинов"), text);
        assertTrue(text.contains("Содержание"), text);
        assertTrue(text.contains("季节性指数 seasonal index"), text);
    }

    /**
     * The fonts are embedded as Word embeds them: fontTable.xml relates each face's .odttf part with its key; undone
     * here by the rule of ECMA-376 part 1, 17.8.1 (written out again, not the renderer's code), each is a TrueType
     * subset that maps every Cyrillic and Chinese character of the document, far smaller than the 10 MB face.
     */
    @Test
    void fontsAreEmbeddedAsObfuscatedSubsetsWithTheirKeys() throws Exception {
        byte[] docx = new DocxRenderer(ReportStyle.DEFAULT).render(PdfRendererTest.sample(Locale.forLanguageTag("ru-RU")));
        String text = text(docx);
        try (XWPFDocument d = open(docx)) {
            assertTrue(d.getSettings().getCTSettings().isSetEmbedTrueTypeFonts(), "w:embedTrueTypeFonts");
            assertTrue(d.getSettings().getCTSettings().isSetSaveSubsetFonts(), "w:saveSubsetFonts");
        }
        java.util.Map<String, byte[]> faces = embeddedFaces(docx);
        assertEquals(List.of("embedBold", "embedRegular"), List.copyOf(new java.util.TreeSet<>(faces.keySet())));
        for (var face : faces.entrySet()) {
            String kind = face.getKey();
            byte[] data = face.getValue();
            assertTrue(data.length < 200_000, kind + " is a subset: " + data.length + " bytes");
            org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(data));
            assertTrue(ttf.getNumberOfGlyphs() < 300, "glyphs: " + ttf.getNumberOfGlyphs());
            assertEquals("Noto Sans SC", ttf.getNaming().getFontFamily(), "Word finds the face by its family name");
            assertEquals(kind.equals("embedBold"), ttf.getHeader().getMacStyle() % 2 == 1, kind + " face");
            var cmap = ttf.getUnicodeCmapLookup();
            for (String s : List.of("Демо: сеть цветочных магазинов", "季节性建模", "Итого по компании", "9 940 000")) {
                assertTrue(text.contains(s), s);
                s.codePoints().filter(c -> c != ' ').forEach(c ->
                        assertTrue(cmap.getGlyphId(c) > 0, kind + " maps " + Character.toString(c)));
            }
        }
    }

    /**
     * The fonts embedded in a DOCX, found as Word finds them: fontTable.xml (related from the document) names each
     * face's part by r:id with its w:fontKey; the part is undone by the rule of ECMA-376 part 1, 17.8.1, written out
     * here again rather than taken from the renderer (the GUID's hex digits as bytes, the last pair first, XORed
     * over the first 32 bytes). Returns embedRegular / embedBold -> the TrueType bytes.
     */
    static java.util.Map<String, byte[]> embeddedFaces(byte[] docx) throws Exception {
        java.util.Map<String, byte[]> out = new java.util.HashMap<>();
        try (XWPFDocument d = open(docx)) {
            org.apache.poi.openxml4j.opc.PackagePart main = d.getPackagePart();
            var tableRels = main.getRelationshipsByType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
            assertEquals(1, tableRels.size());
            org.apache.poi.openxml4j.opc.PackagePart table = main.getRelatedPart(tableRels.getRelationship(0));
            assertEquals("/word/fontTable.xml", table.getPartName().getName());
            org.w3c.dom.Document xml;
            try (var in = table.getInputStream()) {
                var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                xml = f.newDocumentBuilder().parse(in);
            }
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            String r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            org.w3c.dom.Element font = (org.w3c.dom.Element) xml.getElementsByTagNameNS(w, "font").item(0);
            assertEquals("Noto Sans SC", font.getAttributeNS(w, "name"));
            for (String kind : List.of("embedRegular", "embedBold")) {
                org.w3c.dom.Element embed = (org.w3c.dom.Element) font.getElementsByTagNameNS(w, kind).item(0);
                String id = embed.getAttributeNS(r, "id");
                String key = embed.getAttributeNS(w, "fontKey");
                assertTrue(key.matches("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}"), key);
                org.apache.poi.openxml4j.opc.PackagePart part = table.getRelatedPart(table.getRelationship(id));
                assertEquals("application/vnd.openxmlformats-officedocument.obfuscatedFont", part.getContentType());
                assertTrue(part.getPartName().getName().endsWith(".odttf"), part.getPartName().getName());
                byte[] data;
                try (var in = part.getInputStream()) {
                    data = in.readAllBytes();
                }
                String hex = key.replaceAll("[{}-]", "");
                for (int i = 0; i < 32; i++) {
                    int j = 15 - i % 16;
                    data[i] ^= (byte) Integer.parseInt(hex.substring(2 * j, 2 * j + 2), 16);
                }
                out.put(kind, data);
            }
        }
        return out;
    }
}
