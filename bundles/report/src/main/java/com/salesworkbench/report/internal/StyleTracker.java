package com.salesworkbench.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * The extender that lets a consulting firm restyle the deliverable with a bundle of resources only: a bundle whose
 * manifest has {@value #HEADER}{@code : path/to/style.json} (the logo the JSON names lies in the same bundle) is
 * read when it starts and dropped when it stops. The highest {@code ranking}, then the newest bundle, wins.
 */
final class StyleTracker extends BundleTracker<ReportStyle> {

    static final String HEADER = "Report-Style";

    /** Bundles whose style could not be read, with the reason, for report:build to tell the user. */
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    StyleTracker(BundleContext context) {
        super(context, Bundle.STARTING | Bundle.ACTIVE, null);
    }

    @Override
    public ReportStyle addingBundle(Bundle bundle, BundleEvent event) {
        String path = bundle.getHeaders("").get(HEADER);
        if (path == null || path.isBlank()) {
            return null;
        }
        String source = bundle.getSymbolicName() + "/" + path.trim();
        try {
            byte[] json = entry(bundle, path.trim());
            if (json == null) {
                throw new IllegalArgumentException(source + ": no such file in the bundle");
            }
            ReportStyle s = ReportStyle.parse(source, json, logo -> entry(bundle, logo));
            problems.remove(bundle.getSymbolicName());
            return new ReportStyle(source, s.ranking(), s.firm(), s.coverTitle(), s.coverSubtitle(), s.footer(), s.primary(), s.accent(),
                    s.tableHeader(), s.logo());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            problems.put(bundle.getSymbolicName(), e.getMessage());
            return null;
        }
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, ReportStyle style) {
        problems.remove(bundle.getSymbolicName());
    }

    private static byte[] entry(Bundle bundle, String path) {
        URL url = bundle.getEntry(path.startsWith("/") ? path.substring(1) : path);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style in force now. */
    ReportStyle current() {
        return choose(getTracked());
    }

    /** The highest ranking wins; between equals, the newest bundle (the highest id); none: the default look. */
    static ReportStyle choose(Map<Bundle, ReportStyle> styles) {
        return styles.entrySet().stream()
                .max(Comparator.<Map.Entry<Bundle, ReportStyle>>comparingInt(e -> e.getValue().ranking())
                        .thenComparingLong(e -> e.getKey().getBundleId()))
                .map(Map.Entry::getValue).orElse(ReportStyle.DEFAULT);
    }

    Map<String, String> problems() {
        return Map.copyOf(problems);
    }
}
