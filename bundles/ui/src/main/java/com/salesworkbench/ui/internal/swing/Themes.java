package com.salesworkbench.ui.internal.swing;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.salesworkbench.fonts.WorkbenchFonts;
import com.salesworkbench.ui.internal.model.Theme;
import java.awt.Font;
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
        Font font = new FontUIResource(WorkbenchFonts.font(WorkbenchFonts.Face.REGULAR, FONT_SIZE));
        // FlatLaf derives every component font from "defaultFont" when it initialises its defaults.
        UIManager.put("defaultFont", font);
        if (theme == Theme.DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put(CHART_STYLE_KEY, theme.chartStyle().name());
    }

    /**
     * Loads the font and the look's classes and property files off the event thread, so that a later
     * {@link #apply} is quick. Builds a throw-away defaults table; installs nothing.
     */
    public static void warmUp(Theme theme) {
        WorkbenchFonts.font(WorkbenchFonts.Face.REGULAR, FONT_SIZE);
        WorkbenchFonts.font(WorkbenchFonts.Face.BOLD, FONT_SIZE);
        (theme == Theme.DARK ? new FlatDarkLaf() : new FlatLightLaf()).getDefaults();
    }
}
