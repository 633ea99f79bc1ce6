package com.salesworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * A firm's resource-only bundle restyles the report: its Report-Style header names the JSON, the logo comes from
 * the same bundle; a broken style is refused with the reason; the highest ranking, then the newest bundle, wins.
 */
class StyleTrackerTest {

    /** A bundle whose entries are this test's resources under {@code root}. */
    static Bundle bundle(long id, String name, String header, String root) {
        Hashtable<String, String> headers = new Hashtable<>();
        if (header != null) {
            headers.put(StyleTracker.HEADER, header);
        }
        return (Bundle) Proxy.newProxyInstance(StyleTrackerTest.class.getClassLoader(), new Class<?>[] {Bundle.class}, (p, m, a) -> switch (m.getName()) {
            case "getHeaders" -> headers;
            case "getEntry" -> {
                URL u = StyleTrackerTest.class.getResource("/" + root + "/" + a[0]);
                yield u;
            }
            case "getBundleId" -> id;
            case "getSymbolicName" -> name;
            case "hashCode" -> (int) id;
            case "equals" -> p == a[0];
            case "toString" -> name;
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static StyleTracker tracker() {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(StyleTrackerTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> {
                    throw new UnsupportedOperationException(m.getName());
                });
        return new StyleTracker(context);
    }

    @Test
    void aResourceOnlyBundleRestylesTheReport() {
        StyleTracker t = tracker();
        ReportStyle s = t.addingBundle(bundle(42, "com.example.firm", "report-style/style.json", "firm"), null);
        assertNotNull(s);
        assertEquals("North Star Consulting", s.firm(Locale.ENGLISH).orElseThrow());
        assertEquals("План и стратегия продаж на 2026 год", s.coverTitle(Locale.forLanguageTag("ru-RU")).orElseThrow());
        assertEquals("2026 年销售计划与战略", s.coverTitle(Locale.forLanguageTag("zh")).orElseThrow());
        assertEquals(0x1B3A5C, s.primary().getRGB() & 0xFFFFFF);
        assertTrue(s.logo().length > 100);
        assertTrue(s.source().startsWith("com.example.firm/"));
        assertNull(t.addingBundle(bundle(43, "plain", null, "firm"), null), "a bundle without the header is not tracked");
    }

    @Test
    void aBrokenStyleIsRefusedWithTheReason() {
        StyleTracker t = tracker();
        assertNull(t.addingBundle(bundle(44, "com.example.broken", "missing/style.json", "firm"), null));
        assertTrue(t.problems().get("com.example.broken").contains("missing/style.json"), t.problems().toString());
    }

    @Test
    void highestRankingThenNewestWins() {
        ReportStyle low = new ReportStyle("low", 0, Map.of(), Map.of(), Map.of(), Map.of(), ReportStyle.DEFAULT.primary(),
                ReportStyle.DEFAULT.accent(), ReportStyle.DEFAULT.tableHeader(), null);
        ReportStyle newer = new ReportStyle("newer", 0, Map.of(), Map.of(), Map.of(), Map.of(), ReportStyle.DEFAULT.primary(),
                ReportStyle.DEFAULT.accent(), ReportStyle.DEFAULT.tableHeader(), null);
        ReportStyle ranked = new ReportStyle("ranked", 5, Map.of(), Map.of(), Map.of(), Map.of(), ReportStyle.DEFAULT.primary(),
                ReportStyle.DEFAULT.accent(), ReportStyle.DEFAULT.tableHeader(), null);
        Map<Bundle, ReportStyle> m = new LinkedHashMap<>();
        assertSame(ReportStyle.DEFAULT, StyleTracker.choose(m));
        m.put(bundle(10, "a", null, "firm"), low);
        m.put(bundle(11, "b", null, "firm"), newer);
        assertSame(newer, StyleTracker.choose(m));
        m.put(bundle(3, "c", null, "firm"), ranked);
        assertSame(ranked, StyleTracker.choose(m));
    }
}
