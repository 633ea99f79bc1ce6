package com.salesworkbench.ui;

import com.salesworkbench.ui.internal.UiTexts;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingConstants;

/**
 * The light placeholder a view shows while its data is read and computed in the background (through
 * {@link com.salesworkbench.api.ui.ViewContext#run}): open() returns at once, so the event thread never waits
 * for the disk, a model fit or a chart.
 */
public final class Loading {

    private Loading() {
    }

    /** "Loading..." in the window's language. */
    public static String text(Locale locale) {
        return UiTexts.of(locale).get("part.loading");
    }

    /** "Loading..." in the window's language, centred. */
    public static JComponent label(Locale locale) {
        JLabel l = new JLabel(text(locale), SwingConstants.CENTER);
        l.setName("loading");
        return l;
    }
}
