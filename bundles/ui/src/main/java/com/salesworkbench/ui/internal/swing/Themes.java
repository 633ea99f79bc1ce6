package com.salesworkbench.ui.internal.swing;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.salesworkbench.fonts.WorkbenchFonts;
import com.salesworkbench.ui.internal.model.Theme;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/** FlatLaf light or dark with the workbench font (Latin, Cyrillic, Chinese on a bare machine). */
public final class Themes {

    /** UIManager key telling parts which chart style matches the window: {@code LIGHT} or {@code DARK}. */
    public static final String CHART_STYLE_KEY = com.salesworkbench.ui.WorkbenchTheme.CHART_STYLE_KEY;
    static final float FONT_SIZE = 13f;

    private Themes() {
    }

    /** Installs the look; call on the event thread, then update the open windows' component trees. */
    public static void apply(Theme theme) {
        applyLook(theme);
        applyFont();
    }

    /** The look alone (the font is applied separately when it is loaded, see {@link #applyFont}). */
    public static void applyLook(Theme theme) {
        if (theme == Theme.DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put(CHART_STYLE_KEY, theme.chartStyle().name());
    }

    /**
     * The workbench font as FlatLaf's "defaultFont", from which it derives every component font when a
     * component asks; components made before need {@code updateComponentTreeUI}.
     */
    public static void applyFont() {
        UIManager.put("defaultFont", new FontUIResource(WorkbenchFonts.font(WorkbenchFonts.Face.REGULAR, FONT_SIZE)));
    }

    /**
     * Loads the font and the look's classes and property files off the event thread, so that a later
     * {@link #apply} is quick. Builds a throw-away defaults table; installs nothing.
     */
    public static void warmUp(Theme theme) {
        WorkbenchFonts.font(WorkbenchFonts.Face.REGULAR, FONT_SIZE);
        if (theme != null) {
            WorkbenchFonts.font(WorkbenchFonts.Face.BOLD, FONT_SIZE);
            (theme == Theme.DARK ? new FlatDarkLaf() : new FlatLightLaf()).getDefaults();
        }
    }
}
