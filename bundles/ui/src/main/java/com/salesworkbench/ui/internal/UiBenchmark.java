package com.salesworkbench.ui.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.ui.internal.model.Part;
import com.salesworkbench.ui.internal.model.Theme;
import com.salesworkbench.ui.internal.model.ViewEntry;
import com.salesworkbench.ui.internal.model.WindowModel;
import com.salesworkbench.ui.internal.swing.MainWindow;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench ui}: run inside the program when the system property {@value WorkbenchComponent#BENCH_PROPERTY}
 * is set. Measures (a) JVM start to the first paint of the active client's plan perspective (its selected view,
 * or the perspective's own panel when no view is installed), (b) the longest event-thread task during a scripted
 * session (every perspective, every view, each language, both themes, a client switch and back), (c) the time
 * from a client switch to the views painted for the new client, and orphans after many switches. Prints the
 * figures, ends with one JSON line, then stops the program.
 */
final class UiBenchmark {

    static final long EDT_BAR_MS = 50;
    static final double START_BAR_MS = 2500;
    static final double SWITCH_BAR_MS = 1000;
    private static final String OTHER_CLIENT = "bench-ui-b";

    private final WorkbenchComponent workbench;
    private final EdtMonitor monitor = new EdtMonitor(EDT_BAR_MS);
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<WeakReference<Object>> partObjects = Collections.synchronizedList(new ArrayList<>());
    private volatile MainWindow window;
    private volatile long firstPaintMillis = -1;
    private volatile String firstPaintKey;
    private volatile String firstPaintFailure;
    private volatile CountDownLatch painted = new CountDownLatch(1);
    private volatile ClientId awaitedClient;

    UiBenchmark(WorkbenchComponent workbench) {
        this.workbench = workbench;
    }

    private volatile long activatedMillis;
    private volatile long builtMillis;

    void install() {
        activatedMillis = System.currentTimeMillis() - jvmStart;
        Edt.later(monitor::install);
    }

    /** On the event thread, before the window is shown. */
    void windowCreated(MainWindow w) {
        this.window = w;
        builtMillis = System.currentTimeMillis() - jvmStart;
        WindowModel model = w.model();
        model.addListener(change -> {
            if (change == WindowModel.Change.PARTS) {
                for (Part p : model.openParts().values()) {
                    partObjects.add(new WeakReference<>(p));
                    p.part().ifPresent(vp -> partObjects.add(new WeakReference<>(vp)));
                }
            }
        });
        w.onPaint(key -> {
            if (firstPaintMillis < 0 && model.client().isPresent() && model.activePerspective().equals("plan")
                    && showsContent(model, key)) {
                firstPaintMillis = System.currentTimeMillis() - jvmStart;
                firstPaintKey = key;
                firstPaintFailure = model.part(key).flatMap(Part::failure).map(Throwable::toString).orElse(null);
            }
            ClientId awaited = awaitedClient;
            if (model.client().isEmpty() || !showsContent(model, key)) {
                return; // a part still loading in the background is not "the views updated"
            }
            if (awaited == null || model.client().map(awaited::equals).orElse(false)) {
                painted.countDown();
            }
        });
        Thread t = new Thread(this::script, "workbench-ui-bench");
        t.setDaemon(true);
        t.start();
    }

    private void script() {
        int code = 0;
        try {
            run();
        } catch (Throwable e) {
            System.out.println("UI benchmark failed: " + e);
            e.printStackTrace(System.out);
            code = 1;
        }
        System.out.flush();
        if (code != 0) {
            System.out.println("{\"benchmark\":\"ui\",\"error\":true}");
        }
        workbench.quit();
    }

    private void run() throws Exception {
        int switches = Integer.getInteger("workbench.bench.ui.switches", 10);
        if (!awaitContent(painted, 60_000)) {
            throw new IllegalStateException("the window did not paint within 60 s");
        }
        // a user looks at the window for a moment before the first click: the session starts once the start-up
        // warm-up (off the event thread) is done, and says how long that took
        long paintedAt = System.currentTimeMillis() - jvmStart;
        boolean warm = workbench.awaitWarmUp(20_000);
        long warmAt = System.currentTimeMillis() - jvmStart;
        settle();
        EdtMonitor.Stats startup = monitor.takeAndReset();
        System.out.printf(Locale.ROOT, "    start-up warm-up off the event thread %s %d ms after the first paint%n",
                warm ? "done" : "NOT done", warmAt - paintedAt);
        System.out.printf(Locale.ROOT, "    the window's component was activated %d ms after JVM start, the hidden window built at %d ms%n",
                activatedMillis, builtMillis);
        WindowModel model = window.model();
        String client = Edt.call(() -> model.client().map(ClientId::value).orElse("?"));
        System.out.printf(Locale.ROOT, "(a) JVM start -> %s's plan perspective painted (%s): %.0f ms (bar <= %.0f ms)%n",
                client, firstPaintKey, (double) firstPaintMillis, START_BAR_MS);
        if (firstPaintFailure != null) {
            System.out.println("    the first part painted is an error panel: " + firstPaintFailure);
        }
        System.out.printf(Locale.ROOT, "    longest event-thread task during start-up: %.1f ms (%s)%n", startup.maxMillis(), startup.maxEvent());
        startup.slow().forEach(x -> System.out.println("      " + x));

        // (b) a scripted session over the active client, step by step so the slow step is named
        List<String> perspectives = Edt.call(model::perspectives);
        int viewsOpened = 0;
        for (String p : perspectives) {
            step("perspective " + p, () -> Edt.run(() -> model.showPerspective(p)));
            for (ViewEntry v : Edt.call(() -> model.views(p))) {
                step("view " + v.id(), () -> Edt.run(() -> model.select(v.id())));
                viewsOpened++;
            }
        }
        step("perspective plan", () -> Edt.run(() -> model.showPerspective("plan")));
        Locale start = Edt.call(model::language);
        for (String lang : List.of("en", "zh", "ru", start.toLanguageTag())) {
            step("language " + lang, () -> Edt.run(() -> window.setLanguage(Locale.forLanguageTag(lang))));
        }
        Theme theme = Edt.call(model::theme);
        step("theme " + theme.other(), () -> Edt.run(() -> window.setTheme(theme.other())));
        step("theme " + theme, () -> Edt.run(() -> window.setTheme(theme)));
        ClientId home = Edt.call(() -> model.client().orElseThrow());
        ClientId other = otherClient(workbench.provisioning());
        double[] firstSwitches = new double[2];
        step("switch to " + other.value(), () -> firstSwitches[0] = switchTo(other));
        step("switch to " + home.value(), () -> firstSwitches[1] = switchTo(home));
        double first = firstSwitches[0];
        double back = firstSwitches[1];
        double sessionMax = steps.stream().mapToDouble(s -> s.stats.maxMillis()).max().orElse(0);
        int sessionOver = steps.stream().mapToInt(s -> s.stats.overThreshold()).sum();
        int sessionOverCpu = steps.stream().mapToInt(s -> s.stats.overCpu()).sum();
        long sessionEvents = steps.stream().mapToLong(s -> s.stats.events()).sum();
        Step worst = steps.stream().max(java.util.Comparator.comparingDouble(s -> s.stats.maxMillis())).orElseThrow();
        System.out.printf(Locale.ROOT, "(b) scripted session: %d perspectives, %d views opened, 4 language switches, 2 theme switches, switch to %s and back%n",
                perspectives.size(), viewsOpened, other.value());
        System.out.printf(Locale.ROOT, "    longest event-thread task: %.1f ms in step '%s' (%s); tasks over %d ms: %d of %d events (bar: 0)%n",
                sessionMax, worst.name, worst.stats.maxEvent(), EDT_BAR_MS, sessionOver, sessionEvents);
        for (Step s : steps) {
            if (!s.stats.slow().isEmpty()) {
                System.out.printf(Locale.ROOT, "    step '%s': %d over %d ms, longest %.1f ms; events over %d ms:%n", s.name,
                        s.stats.overThreshold(), EDT_BAR_MS, s.stats.maxMillis(), EDT_BAR_MS * EdtMonitor.NEAR_PERCENT / 100);
                s.stats.slow().forEach(x -> System.out.println("      " + x));
            }
        }
        System.out.printf(Locale.ROOT, "    of these, over %d ms of the event thread's own CPU time (work, not waiting for a core): %d%n",
                EDT_BAR_MS, sessionOverCpu);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "    load average during the run: %.2f on %d cores%n", load, Runtime.getRuntime().availableProcessors());
        EdtMonitor.Stats session = new EdtMonitor.Stats(sessionMax, worst.stats.maxEvent(), sessionOver, sessionEvents, List.of(), sessionOverCpu);

        // (c) client switches with the window open
        List<Double> times = new ArrayList<>(List.of(first, back));
        for (int i = 0; i < switches; i++) {
            times.add(switchTo(i % 2 == 0 ? other : home));
        }
        if (!Edt.call(() -> model.client().orElseThrow()).equals(home)) {
            times.add(switchTo(home));
        }
        EdtMonitor.Stats switching = monitor.takeAndReset();
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double max = sorted.get(sorted.size() - 1);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        int openParts = Edt.call(() -> model.openParts().size());
        int listeners = Edt.call(model::listenerCount);
        long alive = partObjects.stream().filter(r -> r.get() != null).count();
        // live part objects beyond the open parts (a part and its ViewPart each) are orphans
        long orphans = Math.max(0, alive - 2L * openParts);
        System.out.printf(Locale.ROOT, "(c) %d client switches with the window open: median %.0f ms, max %.0f ms to the views painted (bar <= %.0f ms)%n",
                times.size(), median, max, SWITCH_BAR_MS);
        System.out.printf(Locale.ROOT, "    longest event-thread task while switching: %.1f ms (%s); over %d ms: %d%n",
                switching.maxMillis(), switching.maxEvent(), EDT_BAR_MS, switching.overThreshold());
        switching.slow().forEach(x -> System.out.println("      " + x));
        System.out.printf(Locale.ROOT, "    after the switches: %d open parts, %d model listeners (window + benchmark), %d part objects alive of %d created, orphans: %d%n",
                openParts, listeners, alive, partObjects.size(), orphans);
        boolean pass = firstPaintFailure == null && firstPaintMillis <= START_BAR_MS && session.overThreshold() == 0 && switching.overThreshold() == 0
                && max <= SWITCH_BAR_MS && orphans == 0 && listeners == 2;
        System.out.printf(Locale.ROOT,
                "{\"benchmark\":\"ui\",\"client\":\"%s\",\"firstPaintKey\":\"%s\",\"startToPlanMs\":%d,\"startupMaxEdtMs\":%.1f,"
                        + "\"sessionMaxEdtMs\":%.1f,\"sessionEdtOver50ms\":%d,\"sessionEdtCpuOver50ms\":%d,\"loadAverage\":%.2f,\"perspectives\":%d,\"viewsOpened\":%d,"
                        + "\"switches\":%d,\"switchMedianMs\":%.0f,\"switchMaxMs\":%.0f,\"switchMaxEdtMs\":%.1f,\"switchEdtOver50ms\":%d,"
                        + "\"openParts\":%d,\"listeners\":%d,\"orphanParts\":%d,\"pass\":%b}%n",
                client, firstPaintKey, firstPaintMillis, startup.maxMillis(), session.maxMillis(), session.overThreshold(), sessionOverCpu, load,
                perspectives.size(), viewsOpened, times.size(), median, max, switching.maxMillis(), switching.overThreshold(),
                openParts, listeners, orphans, pass);
    }

    private record Step(String name, EdtMonitor.Stats stats) {
    }

    private interface Action {
        void run() throws Exception;
    }

    private final List<Step> steps = new ArrayList<>();

    /** One user action: runs it, lets the window settle, and keeps the event-thread figures of that step. */
    private void step(String name, Action action) throws Exception {
        monitor.takeAndReset();
        action.run();
        settle();
        steps.add(new Step(name, monitor.takeAndReset()));
    }

    /** Switches as the window's switcher does (off the event thread) and waits for the views painted for the new client. */
    private double switchTo(ClientId target) throws InterruptedException {
        painted = new CountDownLatch(1);
        awaitedClient = target;
        long t0 = System.nanoTime();
        workbench.provisioning().switchTo(target);
        Edt.run(() -> window.frame().repaint());
        if (!awaitContent(painted, 30_000)) {
            throw new IllegalStateException("the views were not painted for " + target.value() + " within 30 s");
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        awaitedClient = null;
        settle();
        return ms;
    }

    /**
     * Waits for the latch the paint listener counts down once the visible part has painted its content. A part
     * fills itself when its background load ends by repainting its own panels, which the holder does not see:
     * once the content is there, the holder is painted at once so the listener sees it (one paint, as the
     * repaint manager does).
     */
    private boolean awaitContent(CountDownLatch latch, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!latch.await(10, TimeUnit.MILLISECONDS)) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Edt.run(() -> {
                WindowModel model = window.model();
                ClientId awaited = awaitedClient;
                String key = model.selectedView(model.activePerspective()).map(ViewEntry::id).orElse(model.activePerspective());
                if (window.showing() && model.client().isPresent() && (awaited == null || model.client().get().equals(awaited))
                        && showsContent(model, key)) {
                    javax.swing.JComponent c = window.content();
                    c.paintImmediately(c.getVisibleRect());
                }
            });
        }
        return true;
    }

    /** A second client with the window (and the plan module), created once in the benchmark's workspace. */
    private static ClientId otherClient(Provisioning provisioning) {
        ClientId id = ClientId.of(OTHER_CLIENT);
        try {
            provisioning.profile(id);
        } catch (RuntimeException e) {
            provisioning.createClient(ClientProfile.of(OTHER_CLIENT, "Benchmark client B", "en-GB", List.of("planning", "desktop")));
        }
        return id;
    }

    /** Lets the event thread paint and drain what the last step queued. */
    private static void settle() throws InterruptedException {
        Edt.run(() -> { });
        Thread.sleep(40);
        Edt.run(() -> { });
    }

    /**
     * Whether the painted holder shows the view itself: the perspective's own panel (no view installed), an error
     * panel, or a part with no "Loading..." placeholder ({@link com.salesworkbench.ui.Loading}) left, not the
     * part's first, light state while its data loads in the background.
     */
    private static boolean showsContent(WindowModel model, String key) {
        Optional<Part> p = model.part(key);
        if (p.isEmpty() || p.get().part().isEmpty()) {
            return true;
        }
        return !contains(p.get().part().get().component(), x -> "loading".equals(x.getName()));
    }

    private static boolean contains(java.awt.Component c, java.util.function.Predicate<java.awt.Component> test) {
        if (test.test(c)) {
            return true;
        }
        if (c instanceof java.awt.Container k) {
            for (java.awt.Component child : k.getComponents()) {
                if (contains(child, test)) {
                    return true;
                }
            }
        }
        return false;
    }

    Optional<MainWindow> window() {
        return Optional.ofNullable(window);
    }
}
