package com.salesworkbench.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartExportTest {

    private static JFreeChart chart(ChartStyle style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(120, "销售计划", "一月");
        data.addValue(90, "План", "Февраль");
        return style.apply(ChartFactory.createBarChart("季节性 / Сезонность", null, null, data));
    }

    @Test
    void svgKeepsTheTextAsText() {
        String svg = ChartExport.svg(chart(ChartStyle.LIGHT), 600, 400);
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"));
        assertTrue(svg.contains("季节性 / Сезонность"), "title as SVG text");
        assertTrue(svg.contains("Noto Sans SC"), "the workbench font is named");
    }

    @Test
    void pngIsAnImageOfTheAskedSizeWithTheStylesBackground() throws Exception {
        BufferedImage light = ImageIO.read(new ByteArrayInputStream(ChartExport.png(chart(ChartStyle.LIGHT), 300, 200)));
        BufferedImage dark = ImageIO.read(new ByteArrayInputStream(ChartExport.png(chart(ChartStyle.DARK), 300, 200)));
        assertEquals(300, light.getWidth());
        assertEquals(200, light.getHeight());
        assertEquals(ChartStyle.LIGHT.background().getRGB(), light.getRGB(1, 1));
        assertEquals(ChartStyle.DARK.background().getRGB(), dark.getRGB(1, 1));
        assertNotEquals(light.getRGB(1, 1), dark.getRGB(1, 1));
    }

    @Test
    void writesByExtensionAndRefusesOthers(@TempDir Path dir) throws Exception {
        ChartExport.write(chart(ChartStyle.LIGHT), 300, 200, dir.resolve("c.svg"));
        ChartExport.write(chart(ChartStyle.LIGHT), 300, 200, dir.resolve("c.png"));
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("<svg"));
        assertTrue(Files.size(dir.resolve("c.png")) > 1000);
        assertThrows(IllegalArgumentException.class,
                () -> ChartExport.write(chart(ChartStyle.LIGHT), 300, 200, dir.resolve("c.gif")));
    }
}
