package com.salesworkbench.charts;

import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.workspace.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** One chart, many outputs: an image for tests and DOCX, PNG and SVG files, and a vector figure for reports. */
public final class ChartExport {

    private ChartExport() {
    }

    /** Renders the chart into an image; works headless, no display needed. */
    public static BufferedImage image(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(chart, width, height), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as a standalone SVG document: vector shapes, text as text. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** Writes a PNG or SVG file, chosen by the file's extension; the file is replaced atomically. */
    public static void write(JFreeChart chart, int width, int height, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        byte[] content;
        if (name.endsWith(".svg")) {
            content = svg(chart, width, height).getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            content = png(chart, width, height);
        } else {
            throw new IllegalArgumentException("a chart is exported as .png or .svg, not " + file.getFileName());
        }
        AtomicFiles.write(file, content);
    }

    /** The chart as a report figure, drawn as vectors into whatever the report renderer gives it. */
    public static ReportBlock.Figure figure(String caption, JFreeChart chart, double aspect) {
        return new ReportBlock.Figure(caption, aspect, chart::draw);
    }
}
