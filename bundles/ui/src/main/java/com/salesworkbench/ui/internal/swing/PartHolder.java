package com.salesworkbench.ui.internal.swing;

import java.awt.BorderLayout;
import java.awt.Graphics;
import java.util.function.Consumer;
import javax.swing.JComponent;
import javax.swing.JPanel;

/** The tab content that holds a part's component (or the panel shown in its place); reports its first paint. */
final class PartHolder extends JPanel {

    private static final long serialVersionUID = 1L;
    final String key;
    private transient Consumer<String> painted;
    private JComponent content;

    PartHolder(String key, Consumer<String> painted) {
        super(new BorderLayout());
        this.key = key;
        this.painted = painted;
    }

    void show(JComponent c) {
        if (c == content) {
            return;
        }
        removeAll();
        content = c;
        if (c != null) {
            add(c, BorderLayout.CENTER);
        }
        revalidate();
        repaint();
    }

    JComponent content() {
        return content;
    }

    /** Lets go of the part's component, so a disposed part is not kept alive by a stale tab. */
    void release() {
        removeAll();
        content = null;
        painted = null;
    }

    @Override
    public void paint(Graphics g) {
        super.paint(g);
        Consumer<String> p = painted;
        if (p != null && content != null) {
            p.accept(key);
        }
    }
}
