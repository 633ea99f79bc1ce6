package com.salesworkbench.report.internal.bench;

import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.report.BuiltReport;
import com.salesworkbench.report.ReportException;
import com.salesworkbench.report.ReportFormat;
import com.salesworkbench.report.internal.ReportEngine;
import com.salesworkbench.report.internal.ReportStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench report [--runs N] [--lang ru|en|zh]}: the demo client's full report (every section) as PDF and as
 * DOCX, timed from collecting the sections to the finished bytes; the first build of each format is a cold one
 * (fonts parsed, classes loaded) and is reported apart. Ends with one JSON line. Bar: 5 s for the full report.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        String lang = "ru";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Math.max(1, Integer.parseInt(args[i + 1]));
                case "--lang" -> lang = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --runs N, --lang ru|en|zh)");
            }
        }
        Path dir = Files.createTempDirectory("report-bench");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "report");
        json.put("lang", lang);
        json.put("runs", runs);
        try (DemoReport demo = new DemoReport(dir.resolve("ws"))) {
            ReportEngine engine = demo.engine(ReportStyle.DEFAULT, Clock.systemDefaultZone());
            ReportRequest request = new ReportRequest(DemoReport.DEMO, Locale.forLanguageTag(lang));
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "Demo client's full report: %d sections, language %s, %d cores, load average %.2f at start%n",
                    demo.sections().size(), lang, Runtime.getRuntime().availableProcessors(), load);
            json.put("load_average", round(load));
            for (ReportFormat f : ReportFormat.values()) {
                List<Double> times = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                BuiltReport last = null;
                try {
                    for (int r = 0; r <= runs; r++) {
                        long c0 = cpuNanos();
                        last = engine.build(request, f);
                        times.add(last.took().toNanos() / 1e9);
                        cpu.add((cpuNanos() - c0) / 1e9);
                    }
                } catch (ReportException e) {
                    System.out.printf(Locale.ROOT, "%s: not built: %s%n", f, e.getMessage());
                    json.put(f.extension(), "unavailable");
                    continue;
                }
                double cold = times.get(0);
                double best = times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).min().orElse(cold);
                double mean = times.subList(1, times.size()).stream().mapToDouble(Double::doubleValue).average().orElse(cold);
                double warmCpu = cpu.subList(1, cpu.size()).stream().mapToDouble(Double::doubleValue).average().orElse(cpu.get(0));
                System.out.printf(Locale.ROOT, "%s: cold %.2f s (CPU %.2f s), warm best %.2f s, warm mean %.2f s (CPU %.2f s), %d KB, sections %d, failed %d %s%n",
                        f, cold, cpu.get(0), best, mean, warmCpu, last.content().length / 1024, last.included().size(), last.failed().size(),
                        last.failed().keySet());
                json.put(f.extension() + "_cold_cpu_s", round(cpu.get(0)));
                json.put(f.extension() + "_warm_cpu_s", round(warmCpu));
                json.put(f.extension() + "_cold_s", round(cold));
                json.put(f.extension() + "_warm_s", round(mean));
                json.put(f.extension() + "_kb", last.content().length / 1024);
                json.put(f.extension() + "_sections", last.included().size());
                json.put(f.extension() + "_failed", last.failed().size());
                json.put(f.extension() + "_within_5s", cold <= 5.0);
                if (f == ReportFormat.DOCX) {
                    long fonts = embeddedFontBytes(last.content());
                    System.out.printf(Locale.ROOT, "DOCX embedded font subsets: %d KB (the whole faces are 20 MB)%n", fonts / 1024);
                    json.put("docx_fonts_kb", fonts / 1024);
                }
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        StringBuilder sb = new StringBuilder("{");
        json.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v instanceof String s ? "\"" + s + "\"" : String.valueOf(v)));
        System.out.println(sb.append('}'));
    }

    /** The bytes of the embedded font parts (word/fonts/*.odttf) of a DOCX. */
    private static long embeddedFontBytes(byte[] docx) throws java.io.IOException {
        long n = 0;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("word/fonts/")) {
                    n += zip.readAllBytes().length;
                }
            }
        }
        return n;
    }

    /** CPU time of the whole process (every thread), so a busy machine shows as wall time above CPU time. */
    private static long cpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }
}
