package com.salesworkbench.report.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.fonts.WorkbenchFonts;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the deliverable as PDF with OpenPDF: a cover, the contents with page numbers (a second pass writes the
 * numbers the first one found), one chapter per section with bookmarks, tables with numbers aligned right, and
 * charts as vectors. Noto Sans SC is embedded as a subset with a ToUnicode map, so Cyrillic and Chinese render
 * and extract as text.
 */
final class PdfRenderer {

    private static BaseFont regular;
    private static BaseFont bold;

    private final ReportStyle style;

    PdfRenderer(ReportStyle style) {
        this.style = style;
    }

    /** The fonts are parsed once per class loader: a 10 MB TrueType file is not read per report. */
    private static synchronized void loadFonts() {
        if (regular == null) {
            try {
                regular = BaseFont.createFont(WorkbenchFonts.Face.REGULAR.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        WorkbenchFonts.bytes(WorkbenchFonts.Face.REGULAR), null);
                bold = BaseFont.createFont(WorkbenchFonts.Face.BOLD.fileName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        WorkbenchFonts.bytes(WorkbenchFonts.Face.BOLD), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    byte[] render(ReportContent content) {
        loadFonts();
        // pass 1 finds where each section starts; pass 2 prints those page numbers in the contents (the page
        // count of the footer is filled in when each pass closes, so it is exact whatever pass 2 lays out)
        Map<String, Integer> pages = new HashMap<>();
        int total = render(content, pages, 0).pages();
        Map<String, Integer> found = new HashMap<>(pages);
        return render(content, found, total).bytes();
    }

    /** One pass's document and its number of pages. */
    private record Pass(byte[] bytes, int pages) {
    }

    /** @param expectedPages the page count of a previous pass (0 if none), to reserve the width of "of M" */
    private Pass render(ReportContent content, Map<String, Integer> pages, int expectedPages) {
        Texts t = Texts.of(PdfRenderer.class, content.locale());
        Map<String, Integer> contentsPages = Map.copyOf(pages);
        pages.clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 60, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            // an image that does not fit waits for the next page without letting later text jump ahead of it
            writer.setStrictImageSequence(true);
            Events events = new Events(t, content, pages, expectedPages);
            writer.setPageEvent(events);
            doc.addTitle(content.clientName() + " - " + coverTitle(t, content));
            doc.addCreator("Sales Workbench");
            doc.open();
            cover(doc, t, content);
            doc.newPage();
            contents(doc, t, content, contentsPages);
            for (ReportContent.Part part : content.parts()) {
                doc.newPage();
                Chunk title = new Chunk(part.title(), font(true, 18, style.primary()));
                title.setLocalDestination(part.id());
                title.setGenericTag(part.id() + "\u0000" + part.title());
                Paragraph p = new Paragraph(title);
                p.setSpacingAfter(4);
                doc.add(p);
                doc.add(rule(1.2f));
                for (ReportBlock b : part.blocks()) {
                    block(doc, writer, b, part.failure() != null);
                }
            }
            doc.close();
            return new Pass(out.toByteArray(), events.total);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed: " + e.getMessage(), e);
        }
    }

    private String coverTitle(Texts t, ReportContent c) {
        return style.coverTitle(c.locale()).orElse(t.get("cover.title"));
    }

    private void cover(Document doc, Texts t, ReportContent c) throws DocumentException {
        if (style.logo() != null) {
            try {
                Image logo = Image.getInstance(style.logo());
                logo.scaleToFit(180, 90);
                doc.add(logo);
            } catch (IOException e) {
                throw new IllegalStateException("the report style's logo is not an image: " + style.source(), e);
            }
        }
        Paragraph space = new Paragraph(" ", font(false, 12, Color.WHITE));
        space.setSpacingBefore(140);
        doc.add(space);
        Paragraph title = new Paragraph(coverTitle(t, c), font(true, 28, style.primary()));
        title.setSpacingAfter(12);
        doc.add(title);
        doc.add(rule(2f));
        Paragraph client = new Paragraph(c.clientName(), font(true, 20, Color.DARK_GRAY));
        client.setSpacingBefore(14);
        doc.add(client);
        style.coverSubtitle(c.locale()).ifPresent(s -> add(doc, new Paragraph(s, font(false, 14, Color.GRAY))));
        Paragraph date = new Paragraph(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(c.locale()).format(c.date()),
                font(false, 12, Color.DARK_GRAY));
        date.setSpacingBefore(30);
        doc.add(date);
        doc.add(new Paragraph(t.get("cover.preparedBy", style.firm(c.locale()).orElse(t.get("cover.firm"))), font(false, 12, Color.DARK_GRAY)));
    }

    /** A coloured rule under a title; its chunk carries the embedded font so no standard font creeps in. */
    private Paragraph rule(float width) {
        Chunk line = new Chunk(new LineSeparator(width, 100, style.accent(), Element.ALIGN_LEFT, -2));
        line.setFont(font(false, 6, style.accent()));
        Paragraph p = new Paragraph(line);
        p.setFont(font(false, 6, style.accent()));
        return p;
    }

    private static void add(Document doc, Element e) {
        try {
            doc.add(e);
        } catch (DocumentException x) {
            throw new IllegalStateException(x);
        }
    }

    private void contents(Document doc, Texts t, ReportContent c, Map<String, Integer> pages) throws DocumentException {
        Paragraph head = new Paragraph(t.get("contents"), font(true, 18, style.primary()));
        head.setSpacingAfter(12);
        doc.add(head);
        Font f = font(false, 12, Color.BLACK);
        for (ReportContent.Part part : c.parts()) {
            Chunk title = new Chunk(part.title(), f);
            title.setLocalGoto(part.id());
            Paragraph line = new Paragraph(title);
            Chunk dots = new Chunk(new DottedLineSeparator());
            dots.setFont(f);
            line.add(dots);
            Integer page = pages.get(part.id());
            Chunk number = new Chunk(page == null ? "0" : String.valueOf(page), f);
            number.setLocalGoto(part.id());
            line.add(number);
            line.setSpacingAfter(4);
            doc.add(line);
        }
    }

    private void block(Document doc, PdfWriter writer, ReportBlock b, boolean failure) throws DocumentException {
        if (b instanceof ReportBlock.Heading h) {
            Paragraph p = new Paragraph(h.text(), font(true, 13, style.primary()));
            p.setSpacingBefore(12);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            doc.add(p);
        } else if (b instanceof ReportBlock.Paragraph p) {
            Paragraph x = new Paragraph(p.text(), font(false, 10.5f, failure ? new Color(0xB0, 0x1E, 0x1E) : Color.BLACK));
            x.setLeading(0, 1.35f);
            x.setSpacingAfter(6);
            doc.add(x);
        } else if (b instanceof ReportBlock.Table tb) {
            doc.add(table(tb));
        } else if (b instanceof ReportBlock.Figure fg) {
            figure(doc, writer, fg);
        }
    }

    private PdfPTable table(ReportBlock.Table tb) {
        int columns = Math.max(1, tb.header().size());
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            int longest = i < tb.header().size() ? Math.min(tb.header().get(i).length(), 14) : 4;
            for (List<String> row : tb.rows()) {
                if (i < row.size()) {
                    longest = Math.max(longest, Math.min(row.get(i).length(), 40));
                }
            }
            widths[i] = Math.max(5, longest + 1); // a little air, so "7.1 %" does not wrap
        }
        table.setWidths(widths);
        Font headFont = font(true, 9, Color.BLACK);
        for (int i = 0; i < columns; i++) {
            String h = i < tb.header().size() ? tb.header().get(i) : "";
            PdfPCell cell = new PdfPCell(new Phrase(h, headFont));
            cell.setBackgroundColor(style.tableHeader());
            cell.setHorizontalAlignment(numericColumn(tb, i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setPadding(4);
            cell.setBorderColor(Color.LIGHT_GRAY);
            table.addCell(cell);
        }
        Font bodyFont = font(false, 9, Color.BLACK);
        for (List<String> row : tb.rows()) {
            for (int i = 0; i < columns; i++) {
                String v = i < row.size() ? row.get(i) : "";
                PdfPCell cell = new PdfPCell(new Phrase(v, bodyFont));
                cell.setHorizontalAlignment(Cells.numeric(v) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setPadding(4);
                cell.setBorderColor(Color.LIGHT_GRAY);
                table.addCell(cell);
            }
        }
        return table;
    }

    /** A column whose filled cells are all numbers gets its header aligned right too. */
    static boolean numericColumn(ReportBlock.Table tb, int i) {
        boolean any = false;
        for (List<String> row : tb.rows()) {
            if (i < row.size() && !row.get(i).isBlank()) {
                if (!Cells.numeric(row.get(i))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void figure(Document doc, PdfWriter writer, ReportBlock.Figure fg) throws DocumentException {
        float width = doc.right() - doc.left();
        float height = (float) (width / fg.aspect());
        float max = (doc.top() - doc.bottom()) * 0.6f;
        if (height > max) {
            height = max;
            width = (float) (height * fg.aspect());
        }
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate template = cb.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, new Mapper());
        try {
            fg.drawing().draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingBefore(6);
        doc.add(image);
        if (fg.caption() != null && !fg.caption().isBlank()) {
            Paragraph caption = new Paragraph(fg.caption(), font(false, 9, Color.DARK_GRAY));
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setSpacingAfter(10);
            doc.add(caption);
        }
    }

    private static Font font(boolean isBold, float size, Color color) {
        return new Font(isBold ? bold : regular, size, Font.NORMAL, color);
    }

    /** Every AWT font of a chart is written with the embedded workbench face (bold stays bold). */
    private static final class Mapper implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() ? bold : regular;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return WorkbenchFonts.font(font == bold ? WorkbenchFonts.Face.BOLD : WorkbenchFonts.Face.REGULAR, size);
        }
    }

    /**
     * "Page N of M" and the footer on every page but the cover; records where sections start; bookmarks them. M is
     * not known while a page ends, so every footer shows one template (a PDF form XObject) that is written with
     * the page count when the document closes, the way OpenPDF provides for it.
     */
    private final class Events extends PdfPageEventHelper {
        private static final float FOOTER_SIZE = 8.5f;
        /** Stands for M in the localised "page N of M" while the text around it is laid out. */
        private static final String TOTAL = "\u0001";

        private final Texts t;
        private final ReportContent content;
        private final Map<String, Integer> pages;
        private final int expectedPages;
        private PdfTemplate totalTemplate;
        private int total;

        Events(Texts t, ReportContent content, Map<String, Integer> pages, int expectedPages) {
            this.t = t;
            this.content = content;
            this.pages = pages;
            this.expectedPages = expectedPages;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            // wide enough for the page count's digits (a previous pass tells how many; else room for four)
            String digits = expectedPages > 0 ? String.valueOf(expectedPages) : "0000";
            totalTemplate = writer.getDirectContent().createTemplate(regular.getWidthPoint(digits, FOOTER_SIZE), FOOTER_SIZE * 1.5f);
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
            int cut = text.indexOf('\u0000');
            String id = text.substring(0, cut);
            if (pages.putIfAbsent(id, writer.getPageNumber()) == null) {
                new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, rect.getTop() + 20), text.substring(cut + 1));
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            total = Math.max(total, page);
            if (page == 1) {
                return;
            }
            PdfContentByte cb = writer.getDirectContent();
            Font f = font(false, FOOTER_SIZE, Color.GRAY);
            String left = style.footer(content.locale()).orElse(content.clientName());
            float y = document.bottom() - 28;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(left, f), document.left(), y, 0);
            // "page N of [M]" ends at the right margin; drawn in reading order (text before M, M's template, text
            // after it) from positions measured with the face, so the text extracts in that order too
            String text = t.get("page", page, TOTAL);
            int at = text.indexOf(TOTAL);
            String before = text.substring(0, at);
            String after = text.substring(at + TOTAL.length());
            float afterX = document.right() - regular.getWidthPoint(after, FOOTER_SIZE);
            float templateX = afterX - totalTemplate.getWidth();
            float beforeX = templateX - regular.getWidthPoint(before, FOOTER_SIZE);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(before, f), beforeX, y, 0);
            cb.addTemplate(totalTemplate, templateX, y - FOOTER_SIZE * 0.3f);
            if (!after.isEmpty()) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(after, f), afterX, y, 0);
            }
            cb.saveState();
            cb.setColorStroke(style.accent());
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), document.bottom() - 16);
            cb.lineTo(document.right(), document.bottom() - 16);
            cb.stroke();
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            String m = String.valueOf(total);
            totalTemplate.beginText();
            totalTemplate.setFontAndSize(regular, FOOTER_SIZE);
            totalTemplate.setColorFill(Color.GRAY);
            // right-aligned in its box, so "of" and M keep one space whatever the digits
            totalTemplate.setTextMatrix(totalTemplate.getWidth() - regular.getWidthPoint(m, FOOTER_SIZE), FOOTER_SIZE * 0.3f);
            totalTemplate.showText(m);
            totalTemplate.endText();
        }
    }
}
