package com.salesworkbench.launcher;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The platform's bars, measured on the built distribution and printed:
 * <ol>
 *   <li>cold start of the headless program until every component of feature {@code full} is up;</li>
 *   <li>{@code client:switch} between two clients that differ by 5 bundles, and whether heap after GC,
 *       live threads and bundle class loaders grow over 100 switches;</li>
 *   <li>saves killed with SIGKILL at random moments leave the document whole, old or new.</li>
 * </ol>
 * Ends with one JSON line of all figures. Options: {@code --starts N --switches N --crash-trials N}.
 */
public final class PlatformBenchmark {

    private static final Pattern UP = Pattern.compile("([\\d,\\s\u00a0]+) ms after JVM start");
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private final Path home;
    private final Path scratch;
    private final ObjectNode figures = Json.mapper().createObjectNode();

    private PlatformBenchmark(Path home, Path scratch) {
        this.home = home;
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> opts = new LinkedHashMap<>(Map.of("--starts", 6, "--switches", 100, "--crash-trials", 200));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!opts.containsKey(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + opts.keySet());
            }
            opts.put(args[i], Integer.parseInt(args[i + 1]));
        }
        Path scratch = Files.createTempDirectory("workbench-bench-");
        try {
            PlatformBenchmark b = new PlatformBenchmark(Main.home(), scratch);
            b.coldStart(opts.get("--starts"));
            b.clientSwitch(opts.get("--switches"));
            b.crashSafety(opts.get("--crash-trials"));
            OUT.println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(b.figures));
        } finally {
            Main.deleteTree(scratch);
        }
    }

    /** Starts the distribution in a new JVM each time and reads when feature:status found everything up. */
    private void coldStart(int runs) throws Exception {
        OUT.println("== Cold start (headless, feature full, until every component is up)");
        Path ws = scratch.resolve("start-workspace");
        List<Long> up = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(home.resolve("bin/workbench").toString(), "--workspace", ws.toString(),
                    "--lang", "en", "exec", "feature:status").redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            Matcher m = UP.matcher(output);
            if (exit != 0 || !m.find()) {
                throw new IllegalStateException("feature:status failed (exit " + exit + "):\n" + output);
            }
            long ms = Long.parseLong(m.group(1).replaceAll("\\D", ""));
            OUT.printf("  run %d%s: everything up %d ms after JVM start; whole process %d ms%n", i + 1,
                    i == 0 ? " (first start: creates the demo client)" : "", ms, wallMs);
            up.add(ms);
            wall.add(wallMs);
        }
        Stats s = Stats.of(up);
        OUT.printf("  median %d ms, max %d ms (bar: 1500 ms) -> %s%n", s.median, s.max, s.max <= 1500 ? "PASS" : "FAIL");
        figures.put("coldStartRuns", runs).put("coldStartMedianMs", s.median).put("coldStartMaxMs", s.max)
                .put("coldStartProcessMedianMs", Stats.of(wall).median);
    }

    /** Boots the distribution in this JVM and switches between a full client and a core-only one. */
    private void clientSwitch(int switches) throws Exception {
        OUT.println("== Client switch (" + switches + " switches between 'rich' = desktop + funnel and 'lean' = core)");
        Path ws = scratch.resolve("switch-workspace");
        Path storage = scratch.resolve("switch-cache");
        Options options = new Options(ws, Optional.empty(), true, Locale.ENGLISH, Optional.of("benchmark"));
        Framework fw = Main.newFramework(options, home, storage);
        try {
            Main.boot(fw, home, false);
            BundleContext ctx = fw.getBundleContext();
            if (!Main.awaitService(ctx, Main.PROVISIONED_CLIENT)) {
                throw new IllegalStateException("the framework did not come up");
            }
            // rich runs the desktop libraries (3 bundles) and the funnel module with commons-math3 (2 bundles):
            // five bundles more than lean, among them DS bundles, whose clean-up is what leaks first
            shell(ctx, "client:create -f desktop,funnel rich");
            shell(ctx, "client:create -f core lean");
            List<String> swapped = new ArrayList<>();
            shell(ctx, "client:switch rich");
            String first = shell(ctx, "client:switch lean");
            for (String line : first.split("\n")) {
                if (line.startsWith("Removed: ")) {
                    swapped.addAll(Arrays.asList(line.substring("Removed: ".length()).split(", ")));
                }
            }
            OUT.println("  bundles swapped per switch: " + swapped.size() + " " + swapped);

            for (int i = 0; i < 10; i++) { // warm-up
                shell(ctx, "client:switch " + (i % 2 == 0 ? "rich" : "lean"));
            }
            Footprint before = Footprint.measure();
            List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            // heap after GC, sampled in the lean state every `every` switches: a leak shows as a slope
            int every = Math.max(10, switches / 10 / 2 * 2);
            List<double[]> heapSamples = new ArrayList<>();
            for (int i = 0; i < switches; i++) {
                String target = i % 2 == 0 ? "rich" : "lean";
                long t0 = System.nanoTime();
                shell(ctx, "client:switch " + target);
                times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
                if (target.equals("rich")) {
                    loaders.addAll(classLoadersOf(ctx, swapped));
                } else if ((i + 1) % every == 0) {
                    heapSamples.add(new double[] {i + 1, Footprint.measure().heapMb()});
                }
            }
            if (switches % 2 == 1) {
                shell(ctx, "client:switch lean");
            }
            Footprint after = Footprint.measure();
            double kbPer100 = slope(heapSamples) * 1024 * 100;
            long alive = loaders.stream().filter(r -> r.get() != null).count();
            int pending = fw.adapt(FrameworkWiring.class).getRemovalPendingBundles().size();
            OUT.printf("  bundles installed: %d; uninstalled but pending removal: %d%n", ctx.getBundles().length, pending);
            Stats s = Stats.of(times);
            OUT.printf("  switch time: median %d ms, p95 %d ms, max %d ms (bar: 500 ms) -> %s%n", s.median, s.p95, s.max,
                    s.max <= 500 ? "PASS" : "FAIL");
            OUT.printf("  heap after GC: %.1f MB before, %.1f MB after, trend %+.0f KB per 100 switches (%s); live threads: %d before, %d after%n",
                    before.heapMb(), after.heapMb(), kbPer100,
                    heapSamples.stream().map(x -> String.format(Locale.ROOT, "%.0f:%.1f", x[0], x[1])).toList(),
                    before.threads(), after.threads());
            OUT.printf("  bundle class loaders of the swapped bundles: %d created, %d still alive after switching away%n",
                    loaders.size(), alive);
            boolean noGrowth = kbPer100 < 64 && after.threads() <= before.threads() && alive == 0;
            OUT.println("  no growth of heap (trend under 64 KB per 100 switches), threads or class loaders -> "
                    + (noGrowth ? "PASS" : "FAIL"));
            figures.put("switches", switches).put("bundlesPerSwitch", swapped.size())
                    .put("switchMedianMs", s.median).put("switchP95Ms", s.p95).put("switchMaxMs", s.max)
                    .put("heapBeforeMb", round(before.heapMb())).put("heapAfterMb", round(after.heapMb()))
                    .put("heapTrendKbPer100Switches", Math.round(kbPer100))
                    .put("threadsBefore", before.threads()).put("threadsAfter", after.threads())
                    .put("classLoadersCreated", loaders.size()).put("classLoadersAlive", alive);
        } finally {
            Main.stop(fw, storage);
        }
    }

    /** Kills a saving child process at random moments and checks the document each time. */
    private void crashSafety(int trials) throws Exception {
        OUT.println("== Crash safety (" + trials + " saves killed with SIGKILL at random moments)");
        Path ws = scratch.resolve("crash-workspace");
        String classPath = crashClassPath();
        Random random = new Random(20261121);
        int failures = 0;
        long saves = 0;
        long versionBefore = 0;
        for (int trial = 1; trial <= trials; trial++) {
            Process p = new ProcessBuilder(javaExecutable(), "-cp", classPath, CrashWriter.class.getName(), ws.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicLong lastSaved = new AtomicLong(-1);
            Thread reader = new Thread(() -> readSaves(p, lastSaved));
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lastSaved.get() < 0 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(150));
            p.destroyForcibly(); // SIGKILL on Linux and macOS
            p.waitFor();
            reader.join();
            long acknowledged = lastSaved.get();
            saves += Math.max(0, acknowledged - versionBefore);
            try {
                versionBefore = check(ws, acknowledged);
            } catch (IllegalStateException e) {
                failures++;
                OUT.println("  trial " + trial + ": " + e.getMessage());
            }
        }
        OUT.printf("  %d trials, %d saves completed in all, %d broken documents -> %s%n", trials, saves,
                failures, failures == 0 ? "PASS" : "FAIL");
        figures.put("crashTrials", trials).put("crashFailures", failures);
    }

    private static void readSaves(Process p, AtomicLong lastSaved) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("saved ")) {
                    lastSaved.set(Long.parseLong(line.substring(6)));
                }
            }
        } catch (IOException e) {
            // the child was killed
        }
    }

    /**
     * The version of the document after a kill, when it is whole and is the last acknowledged save or the
     * one after it (the save in flight).
     *
     * @throws IllegalStateException saying what is wrong otherwise
     */
    private static long check(Path ws, long acknowledged) {
        ObjectNode doc;
        try (Workspace w = Workspace.open(ws)) {
            doc = w.client(CrashWriter.CLIENT).read(CrashWriter.DOCUMENT, CrashWriter.TYPE);
        } catch (RuntimeException e) {
            throw new IllegalStateException("document unreadable: " + e.getMessage(), e);
        }
        long version = doc.get("version").asLong();
        if (!CrashWriter.intact(doc)) {
            throw new IllegalStateException("document version " + version + " is mixed: its checksum does not match");
        }
        if (version != acknowledged && version != acknowledged + 1) {
            throw new IllegalStateException("document has version " + version + " but the last acknowledged save was " + acknowledged);
        }
        return version;
    }

    private String crashClassPath() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(home.resolve("lib/salesworkbench-launcher.jar").toString());
        try (Stream<Path> s = Files.list(home.resolve("bundles"))) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("com.salesworkbench.api-") || n.startsWith("com.salesworkbench.workspace-")
                            || n.startsWith("jackson-") || n.startsWith("commons-csv") || n.startsWith("commons-io") || n.startsWith("commons-codec"))
                    .forEach(n -> entries.add(home.resolve("bundles").resolve(n).toString()));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String shell(BundleContext ctx, String command) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.execute(ctx, command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException(command + " failed: " + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Weak references to the class loaders of the named bundles, reached by loading one class of each. */
    private static List<WeakReference<ClassLoader>> classLoadersOf(BundleContext ctx, List<String> labels) throws Exception {
        List<WeakReference<ClassLoader>> out = new ArrayList<>();
        for (Bundle b : ctx.getBundles()) {
            boolean swapped = labels.stream().anyMatch(l -> l.equals(b.getSymbolicName()) || b.getLocation().endsWith("/" + l));
            if (!swapped) {
                continue;
            }
            Enumeration<URL> classes = b.findEntries("/", "*.class", true);
            for (URL u : classes == null ? Collections.<URL>emptyList() : Collections.list(classes)) {
                String path = u.getPath().substring(1);
                if (!path.contains("-") && !path.startsWith("META-INF")) {
                    out.add(new WeakReference<>(b.loadClass(path.replace('/', '.').replaceAll("\\.class$", "")).getClassLoader()));
                    break;
                }
            }
        }
        return out;
    }

    /** Least-squares slope of y over x. */
    private static double slope(List<double[]> points) {
        double n = points.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private record Footprint(double heapMb, int threads) {
        static Footprint measure() throws InterruptedException {
            for (int i = 0; i < 4; i++) {
                System.gc();
                System.runFinalization(); // Felix's jar contents close through finalizers
                Thread.sleep(50);
            }
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return new Footprint(used / 1048576.0, ManagementFactory.getThreadMXBean().getThreadCount());
        }
    }

    private record Stats(long median, long p95, long max) {
        static Stats of(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return new Stats(sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                    sorted.get(sorted.size() - 1));
        }
    }
}
