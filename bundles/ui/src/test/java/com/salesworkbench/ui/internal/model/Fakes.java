package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.JLabel;

/** Test views and a recording host. */
final class Fakes {

    private Fakes() {
    }

    static final class Host implements WindowHost {
        final List<String> errors = new ArrayList<>();
        final List<String> statuses = new ArrayList<>();

        @Override
        public <T> void run(BackgroundTask<T> task) {
            try {
                task.succeeded(task.compute(null));
            } catch (Exception e) {
                task.failed(e);
            }
        }

        @Override
        public void showError(String where, Throwable error) {
            errors.add(where + ": " + error.getMessage());
        }

        @Override
        public void status(String message) {
            statuses.add(message);
        }
    }

    /** A view that records what it opened and what was disposed. */
    static final class View implements WorkbenchView {
        final String id;
        final List<FakePart> opened = new ArrayList<>();
        RuntimeException failure;

        View(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title(Locale locale) {
            return id + "@" + locale.getLanguage();
        }

        @Override
        public ViewPart open(ViewContext context) {
            if (failure != null) {
                throw failure;
            }
            FakePart p = new FakePart(context);
            opened.add(p);
            return p;
        }
    }

    static final class FakePart implements ViewPart {
        final ViewContext context;
        final JLabel label;
        final List<List<Path>> imported = new ArrayList<>();
        boolean disposed;

        FakePart(ViewContext context) {
            this.context = context;
            this.label = new JLabel(context.client().map(c -> c.value()).orElse("-") + "/" + context.locale().getLanguage());
        }

        @Override
        public JComponent component() {
            return label;
        }

        @Override
        public boolean acceptsFiles(List<Path> files) {
            return files.stream().allMatch(f -> f.toString().endsWith(".csv"));
        }

        @Override
        public void importFiles(List<Path> files) {
            imported.add(files);
        }

        @Override
        public void dispose() {
            disposed = true;
        }
    }

    static ViewEntry entry(View v, String perspective, int order) {
        return new ViewEntry(v.id, perspective, order, v, "test.bundle");
    }
}
