package com.salesworkbench.report.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.fonts.WorkbenchFonts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders the deliverable as an editable Word document with Apache POI: real heading styles (so Word's navigation
 * and the contents field work), a contents field Word fills in when the file is opened, real tables with numbers
 * aligned right, figures as PNG images at print resolution, page numbers as fields in the footer, and every font
 * slot (Latin, Cyrillic, Chinese) set to Noto Sans SC, embedded as a subset of the characters used (see
 * {@link DocxFonts}), so Word renders Cyrillic and Chinese without the font installed.
 */
final class DocxRenderer {

    /** Figures are drawn at this resolution; 200 dpi prints sharply and keeps the file small. */
    static final int DPI = 200;
    private static final double TEXT_WIDTH_PT = 451; // A4 less 2.5 cm margins on each side
    private static final String FONT = WorkbenchFonts.FAMILY;
    /** Stands for the page count in the localised "page N of M" while the footer is split into text and fields. */
    private static final String TOTAL_MARK = "\u0001";

    private final ReportStyle style;
    /** Every figure drawn and PNG-encoded up front, side by side: the slowest part of a DOCX. */
    private final java.util.Map<ReportBlock.Figure, Picture> pictures = new java.util.IdentityHashMap<>();

    private record Picture(byte[] png, double widthPt, double heightPt) {
    }

    DocxRenderer(ReportStyle style) {
        this.style = style;
    }

    byte[] render(ReportContent content) {
        Texts t = Texts.of(PdfRenderer.class, content.locale());
        List<ReportBlock.Figure> figures = content.parts().stream().flatMap(p -> p.blocks().stream())
                .filter(ReportBlock.Figure.class::isInstance).map(ReportBlock.Figure.class::cast).toList();
        // the fonts to embed are parsed beside the drawing (once per class loader; the first report waits for it)
        java.util.concurrent.CompletableFuture<Void> fonts = java.util.concurrent.CompletableFuture.runAsync(DocxFonts::load,
                r -> {
                    Thread th = new Thread(r, "docx-fonts");
                    th.setDaemon(true);
                    th.start();
                });
        List<Picture> drawn = figures.parallelStream().map(DocxRenderer::picture).toList();
        for (int i = 0; i < figures.size(); i++) {
            pictures.put(figures.get(i), drawn.get(i));
        }
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc, content);
            doc.getProperties().getCoreProperties().setTitle(content.clientName() + " - " + coverTitle(t, content));
            doc.getProperties().getCoreProperties().setCreator(style.firm(content.locale()).orElse(t.get("cover.firm")));
            cover(doc, t, content);
            contents(doc, t);
            for (ReportContent.Part part : content.parts()) {
                XWPFParagraph h = doc.createParagraph();
                h.setStyle("Heading1");
                h.setPageBreak(true);
                h.createRun().setText(part.title());
                for (ReportBlock b : part.blocks()) {
                    block(doc, b, part.failure() != null);
                }
            }
            footer(doc, t, content);
            doc.enforceUpdateFields(); // Word fills in the contents and page numbers on opening
            fonts.join();
            DocxFonts.embed(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String coverTitle(Texts t, ReportContent c) {
        return style.coverTitle(c.locale()).orElse(t.get("cover.title"));
    }

    private static String hex(Color c) {
        return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Default fonts in every script slot, the language, and the heading and caption styles Word knows by id. */
    private void styles(XWPFDocument doc, ReportContent content) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(content.locale().toLanguageTag());
        if (content.locale().getLanguage().equals("zh")) {
            styles.setEastAsia(content.locale().toLanguageTag());
        }
        styles.addStyle(style(doc, "Heading1", "heading 1", 0, 18, style.primary(), true));
        styles.addStyle(style(doc, "Heading2", "heading 2", 1, 13, style.primary(), true));
        styles.addStyle(style(doc, "Title", "Title", -1, 28, style.primary(), true));
        styles.addStyle(style(doc, "Subtitle", "Subtitle", -1, 16, Color.DARK_GRAY, false));
        styles.addStyle(style(doc, "Caption", "caption", -1, 9, Color.DARK_GRAY, false));
        styles.addStyle(style(doc, "TOCHeading", "TOC Heading", -1, 18, style.primary(), true));
    }

    private static XWPFStyle style(XWPFDocument doc, String id, String name, int outline, int size, Color color, boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewBasedOn().setVal("Normal");
        s.addNewNext().setVal("Normal");
        s.addNewQFormat();
        s.addNewUiPriority().setVal(BigInteger.valueOf(outline < 0 ? 10 : 9));
        CTPPrGeneral p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 0 : 240));
        p.getSpacing().setAfter(BigInteger.valueOf(120));
        if (outline >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr r = s.addNewRPr();
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(size * 2L));
        r.addNewColor().setVal(hex(color));
        return new XWPFStyle(s, doc.getStyles());
    }

    private void cover(XWPFDocument doc, Texts t, ReportContent c) {
        if (style.logo() != null) {
            XWPFParagraph p = doc.createParagraph();
            try {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(style.logo()));
                double scale = Math.min(180.0 / img.getWidth(), 90.0 / img.getHeight());
                p.createRun().addPicture(new ByteArrayInputStream(png(img)), Document.PICTURE_TYPE_PNG, "logo.png",
                        Units.toEMU(img.getWidth() * scale), Units.toEMU(img.getHeight() * scale));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
                throw new IllegalStateException("the report style's logo is not an image: " + style.source(), e);
            }
        }
        XWPFParagraph space = doc.createParagraph();
        space.setSpacingBefore(2800);
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        title.createRun().setText(coverTitle(t, c));
        XWPFParagraph client = doc.createParagraph();
        client.setStyle("Subtitle");
        XWPFRun cr = client.createRun();
        cr.setBold(true);
        cr.setText(c.clientName());
        style.coverSubtitle(c.locale()).ifPresent(s -> {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Subtitle");
            p.createRun().setText(s);
        });
        XWPFParagraph date = doc.createParagraph();
        date.setSpacingBefore(600);
        date.createRun().setText(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(c.locale()).format(c.date()));
        doc.createParagraph().createRun().setText(t.get("cover.preparedBy", style.firm(c.locale()).orElse(t.get("cover.firm"))));
    }

    /** The contents as a TOC field over the heading styles; Word computes it (with page numbers) on opening. */
    private void contents(XWPFDocument doc, Texts t) {
        XWPFParagraph head = doc.createParagraph();
        head.setStyle("TOCHeading");
        head.setPageBreak(true);
        head.createRun().setText(t.get("contents"));
        XWPFParagraph p = doc.createParagraph();
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        instr.getCTR().getInstrTextArray(0).setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(t.get("contents.update"));
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void footer(XWPFDocument doc, Texts t, ReportContent c) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        sect.addNewTitlePg(); // the cover has a footer of its own: an empty one
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun left = p.createRun();
        left.setFontSize(8);
        left.setColor("808080");
        left.setText(style.footer(c.locale()).orElse(c.clientName()));
        left.addTab();
        // "page N of M": the text around the numbers, N a PAGE field and M a NUMPAGES field (Word counts both)
        String label = t.get("page", 0, TOTAL_MARK);
        int page = label.indexOf('0');
        int total = label.indexOf(TOTAL_MARK);
        int first = Math.min(page, total);
        int second = Math.max(page, total);
        footerText(p, label.substring(0, first));
        p.getCTP().addNewFldSimple().setInstr(first == page ? "PAGE" : "NUMPAGES");
        footerText(p, label.substring(first + 1, second));
        p.getCTP().addNewFldSimple().setInstr(second == page ? "PAGE" : "NUMPAGES");
        footerText(p, label.substring(second + 1));
        // the page number at the right margin
        var tab = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(9020));
    }

    private static void footerText(XWPFParagraph p, String text) {
        if (!text.isEmpty()) {
            XWPFRun r = p.createRun();
            r.setFontSize(8);
            r.setColor("808080");
            r.setText(text);
        }
    }

    private void block(XWPFDocument doc, ReportBlock b, boolean failure) {
        if (b instanceof ReportBlock.Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading2");
            p.createRun().setText(h.text());
        } else if (b instanceof ReportBlock.Paragraph para) {
            XWPFRun r = doc.createParagraph().createRun();
            r.setFontSize(10.5);
            if (failure) {
                r.setColor("B01E1E");
            }
            r.setText(para.text());
        } else if (b instanceof ReportBlock.Table tb) {
            table(doc, tb);
        } else if (b instanceof ReportBlock.Figure fg) {
            figure(doc, fg);
        }
    }

    private void table(XWPFDocument doc, ReportBlock.Table tb) {
        int columns = Math.max(1, tb.header().size());
        XWPFTable table = doc.createTable(tb.rows().size() + 1, columns);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < columns; i++) {
            boolean right = PdfRenderer.numericColumn(tb, i);
            cell(head.getCell(i), i < tb.header().size() ? tb.header().get(i) : "", true, right);
            head.getCell(i).setColor(hex(style.tableHeader()));
        }
        for (int r = 0; r < tb.rows().size(); r++) {
            List<String> row = tb.rows().get(r);
            XWPFTableRow x = table.getRow(r + 1);
            for (int i = 0; i < columns; i++) {
                String v = i < row.size() ? row.get(i) : "";
                cell(x.getCell(i), v, false, Cells.numeric(v));
            }
        }
        doc.createParagraph(); // Word glues consecutive tables together; a paragraph keeps them apart
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean right) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(right ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setFontSize(9);
        r.setBold(bold);
        r.setText(text);
    }

    /** The figure drawn at {@link #DPI} into an image as wide as the text, laid out in points as on a PDF page. */
    private static Picture picture(ReportBlock.Figure fg) {
        double widthPt = TEXT_WIDTH_PT;
        double heightPt = Math.min(widthPt / fg.aspect(), 430);
        widthPt = Math.min(widthPt, heightPt * fg.aspect());
        double scale = DPI / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(widthPt * scale), (int) Math.round(heightPt * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            fg.drawing().draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g.dispose();
        }
        try {
            return new Picture(png(image), widthPt, heightPt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void figure(XWPFDocument doc, ReportBlock.Figure fg) {
        Picture pic = pictures.computeIfAbsent(fg, DocxRenderer::picture);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(pic.png()), Document.PICTURE_TYPE_PNG, "figure.png", Units.toEMU(pic.widthPt()),
                    Units.toEMU(pic.heightPt()));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot add a figure: " + e.getMessage(), e);
        }
        if (fg.caption() != null && !fg.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle("Caption");
            caption.setAlignment(ParagraphAlignment.CENTER);
            caption.createRun().setText(fg.caption());
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
