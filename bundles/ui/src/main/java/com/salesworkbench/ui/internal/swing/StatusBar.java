package com.salesworkbench.ui.internal.swing;

import com.salesworkbench.api.i18n.Texts;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;

/**
 * Messages on the left; on the right the running background task (the latest one when several run) with its
 * progress bar and a cancel button, once a task has run for {@value #SHOW_AFTER_MS} ms: most loads end sooner,
 * and a bar flashing up for each would be noise (and a repaint of the bar each time). Event thread only.
 */
final class StatusBar extends JPanel {

    private static final long serialVersionUID = 1L;
    static final int SHOW_AFTER_MS = 400;
    private final JLabel message = new JLabel(" ");
    private final JLabel taskTitle = new JLabel();
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JButton cancel = new JButton();
    private final Deque<Tasks.Handle> running = new ArrayDeque<>();
    private final Timer reveal = new Timer(SHOW_AFTER_MS, e -> refresh());

    StatusBar() {
        super(new BorderLayout());
        setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        right.setOpaque(false);
        right.add(taskTitle);
        right.add(bar);
        right.add(cancel);
        add(message, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        cancel.addActionListener(e -> {
            Tasks.Handle h = running.peekLast();
            if (h != null) {
                h.cancel();
            }
        });
        reveal.setRepeats(false);
        refresh();
    }

    /**
     * As high when a task runs as when none does: the bar and the button appearing must not change the height of
     * the window's centre, which would lay out and paint the whole open view again at each task's start and end.
     */
    @Override
    public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension d = super.getPreferredSize();
        java.awt.Insets in = getInsets();
        int busy = Math.max(Math.max(bar.getPreferredSize().height, cancel.getPreferredSize().height),
                Math.max(taskTitle.getPreferredSize().height, message.getPreferredSize().height));
        d.height = Math.max(d.height, busy + in.top + in.bottom);
        return d;
    }

    void texts(Texts t) {
        cancel.setText(t.get("status.cancel"));
    }

    void message(String text) {
        message.setText(text == null || text.isBlank() ? " " : text);
    }

    String message() {
        return message.getText();
    }

    void begin(Tasks.Handle h) {
        running.add(h);
        refresh();
    }

    void end(Tasks.Handle h) {
        running.remove(h);
        refresh();
    }

    void progress(Tasks.Handle h) {
        if (h == running.peekLast()) {
            refresh();
        }
    }

    private void refresh() {
        Tasks.Handle h = running.peekLast();
        long ranMillis = h == null ? 0 : (System.nanoTime() - running.peekFirst().started()) / 1_000_000;
        boolean busy = h != null && ranMillis >= SHOW_AFTER_MS;
        if (h != null && !busy) {
            reveal.setInitialDelay((int) (SHOW_AFTER_MS - ranMillis));
            reveal.restart();
        }
        taskTitle.setVisible(busy);
        bar.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            taskTitle.setText(h.title());
            long total = h.total();
            bar.setIndeterminate(total <= 0);
            if (total > 0) {
                bar.setValue((int) Math.min(1000, h.done() * 1000 / total));
            }
            cancel.setEnabled(!h.cancelled());
        }
    }
}
