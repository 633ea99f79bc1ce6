package com.salesworkbench.ui;

import com.salesworkbench.charts.ChartStyle;
import javax.swing.UIManager;

/**
 * The chart style matching the window's theme. The window reopens every part when the theme changes, so a
 * part asks once, when it opens; without a window (tests, reports) it is {@link ChartStyle#LIGHT}.
 */
public final class WorkbenchTheme {

    /** The UIManager key the window sets to {@code LIGHT} or {@code DARK}. */
    public static final String CHART_STYLE_KEY = "workbench.chartStyle";

    private WorkbenchTheme() {
    }

    public static ChartStyle chartStyle() {
        Object v = UIManager.get(CHART_STYLE_KEY);
        return "DARK".equals(v) ? ChartStyle.DARK : ChartStyle.LIGHT;
    }
}
