package com.salesworkbench.ui.internal.model;

import com.salesworkbench.charts.ChartStyle;

/** The window's look: FlatLaf light or dark, with the matching chart style. */
public enum Theme {
    LIGHT(ChartStyle.LIGHT), DARK(ChartStyle.DARK);

    private final ChartStyle chartStyle;

    Theme(ChartStyle chartStyle) {
        this.chartStyle = chartStyle;
    }

    public ChartStyle chartStyle() {
        return chartStyle;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Lenient parse for a stored layout: anything unknown is light. */
    public static Theme parse(String s) {
        return "DARK".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
