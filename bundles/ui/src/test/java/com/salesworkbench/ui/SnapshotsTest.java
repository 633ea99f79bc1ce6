package com.salesworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.charts.ChartStyle;
import java.awt.BorderLayout;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    @Test
    void rendersHeadlessAndReadsBackLabelsTableCellsAndChartTitles() {
        System.setProperty("java.awt.headless", "true");
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(new JLabel("План продаж"), BorderLayout.NORTH);
        panel.add(new JScrollPane(new JTable(new Object[][] {{"Иванов", "9 940 000"}}, new Object[] {"Менеджер", "Итого"})),
                BorderLayout.CENTER);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "a", "b");
        panel.add(new ChartPanel(ChartStyle.LIGHT.apply(ChartFactory.createBarChart("销售", null, null, data))),
                BorderLayout.SOUTH);

        BufferedImage image = Snapshots.render(panel, 640, 480);
        List<String> texts = Snapshots.texts(panel);

        assertEquals(640, image.getWidth());
        assertTrue(Snapshots.inkedPixels(image) > 1000, "something was painted");
        assertTrue(texts.containsAll(List.of("План продаж", "Менеджер", "Итого", "Иванов", "9 940 000", "销售")), texts.toString());
    }

    @Test
    void headlessContextRunsTasksAtOnceAndKeepsErrors() {
        HeadlessViewContext context = new HeadlessViewContext(Locale.ENGLISH, Locale.forLanguageTag("ru-RU"), null);
        StringBuilder got = new StringBuilder();
        context.run(new com.salesworkbench.api.ui.BackgroundTask<String>() {
            @Override
            public String title() {
                return "sum";
            }

            @Override
            public String compute(com.salesworkbench.api.ui.Progress progress) {
                return "42";
            }

            @Override
            public void succeeded(String result) {
                got.append(result);
            }
        });
        context.run(new com.salesworkbench.api.ui.BackgroundTask<String>() {
            @Override
            public String title() {
                return "broken";
            }

            @Override
            public String compute(com.salesworkbench.api.ui.Progress progress) {
                throw new IllegalStateException("no data");
            }

            @Override
            public void succeeded(String result) {
                got.append("never");
            }
        });
        assertEquals("42", got.toString());
        assertEquals(1, context.errors().size());
        assertEquals("broken", context.errors().get(0).where());
        assertEquals("1 000", context.formats().count(1000).replace('\u00a0', ' '));
    }
}
