package com.salesworkbench.report.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.report.BuiltReport;
import com.salesworkbench.report.ReportException;
import com.salesworkbench.report.ReportFormat;
import com.salesworkbench.workspace.Workspace;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Collects the sections' content for one client and renders it; plain Java, so tests and the benchmark run it
 * without a framework. A section that throws is replaced by a note and reported; the rest builds.
 */
public final class ReportEngine {

    private final Workspace workspace;
    private final Supplier<List<ReportSection>> sections;
    private final Supplier<ReportStyle> style;
    private final Clock clock;

    public ReportEngine(Workspace workspace, Supplier<List<ReportSection>> sections, Supplier<ReportStyle> style, Clock clock) {
        this.workspace = workspace;
        this.sections = sections;
        this.style = style;
        this.clock = clock;
    }

    public BuiltReport build(ReportRequest request, ReportFormat format) {
        long start = System.nanoTime();
        if (!workspace.exists(request.client())) {
            throw new ReportException("client.missing", request.client().toString());
        }
        ClientProfile profile = workspace.client(request.client()).read(ClientProfile.DOCUMENT, ClientProfile.TYPE);
        ReportContent content = assemble(profile.name(), LocalDate.now(clock), request, sections.get());
        byte[] bytes = switch (format) {
            case PDF -> new PdfRenderer(style.get()).render(content);
            case DOCX -> Renderers.docx(style.get(), content);
        };
        List<String> included = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (ReportContent.Part p : content.parts()) {
            if (p.failure() == null) {
                included.add(p.title());
            } else {
                failed.put(p.title(), p.failure());
            }
        }
        return new BuiltReport(bytes, included, failed, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The sections in their order, each turned into blocks now, side by side (they are independent and some, the
     * forecast, take a while); one that fails becomes a short note.
     */
    static ReportContent assemble(String clientName, LocalDate date, ReportRequest request, List<ReportSection> sections) {
        Texts t = Texts.of(ReportEngine.class, request.locale());
        List<ReportSection> ordered = new ArrayList<>(sections);
        ordered.sort(Comparator.comparingInt(ReportSection::order).thenComparing(ReportSection::id));
        int threads = Math.max(1, Math.min(ordered.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "report-section");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<ReportContent.Part>> futures = new ArrayList<>();
            for (ReportSection s : ordered) {
                futures.add(pool.submit(() -> part(s, request, t)));
            }
            List<ReportContent.Part> parts = new ArrayList<>();
            for (Future<ReportContent.Part> f : futures) {
                try {
                    parts.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the report sections were collected", e);
                }
            }
            return new ReportContent(clientName, date, request.locale(), parts);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReportContent.Part part(ReportSection s, ReportRequest request, Texts t) {
        String title;
        try {
            title = s.title(request.locale());
        } catch (RuntimeException e) {
            title = s.id();
        }
        try {
            List<ReportBlock> blocks = s.content(request);
            if (blocks == null || blocks.isEmpty()) {
                blocks = List.of(new ReportBlock.Paragraph(t.get("section.empty")));
            }
            return new ReportContent.Part(s.id(), title, blocks, null);
        } catch (RuntimeException | LinkageError e) {
            String why = e.getLocalizedMessage() == null ? e.getClass().getSimpleName() : e.getLocalizedMessage();
            return new ReportContent.Part(s.id(), title, List.of(new ReportBlock.Paragraph(t.get("section.failed", why))), why);
        }
    }
}
