package com.salesworkbench.ui.internal.swing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.fonts.WorkbenchFonts;
import com.salesworkbench.ui.WorkbenchTheme;
import com.salesworkbench.ui.internal.model.Theme;
import javax.swing.UIManager;
import org.junit.jupiter.api.Test;

class ThemesTest {

    @Test
    void flatLafLightAndDarkUseTheWorkbenchFontAndTellChartsTheirStyle() {
        System.setProperty("java.awt.headless", "true");
        Themes.apply(Theme.DARK);
        assertEquals("FlatLaf Dark", UIManager.getLookAndFeel().getName());
        assertEquals(WorkbenchFonts.FAMILY, UIManager.getFont("Label.font").getFamily());
        assertEquals(ChartStyle.DARK, WorkbenchTheme.chartStyle());
        Themes.apply(Theme.LIGHT);
        assertEquals("FlatLaf Light", UIManager.getLookAndFeel().getName());
        assertEquals(WorkbenchFonts.FAMILY, UIManager.getFont("Button.font").getFamily());
        assertEquals(ChartStyle.LIGHT, WorkbenchTheme.chartStyle());
    }
}
