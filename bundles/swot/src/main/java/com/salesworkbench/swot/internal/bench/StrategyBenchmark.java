package com.salesworkbench.swot.internal.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.strategy.ActionStatus;
import com.salesworkbench.strategy.ControlPoint;
import com.salesworkbench.strategy.EngagementPlan;
import com.salesworkbench.strategy.GoalKind;
import com.salesworkbench.strategy.Horizon;
import com.salesworkbench.strategy.Link;
import com.salesworkbench.strategy.LinkResolver;
import com.salesworkbench.strategy.LinkView;
import com.salesworkbench.strategy.RiskKind;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.swot.FactorScores;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.swot.SwotBoard;
import com.salesworkbench.swot.SwotItem;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.swot.Tows;
import com.salesworkbench.swot.internal.SwotLinkResolver;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The strategy bar: a strategy document of 200 chapters (rich text of about 1.5 KB each, links to the SWOT board
 * and its items), 2 000 actions (owners, deadlines, two control points each, links back to SWOT items) and a SWOT
 * board of 500 weighted and rated items opens and saves in at most 300 ms. Both are real workspace documents in
 * a temporary workspace: "save" is {@code StrategyStore.save} plus {@code SwotStore.save} (JSON, atomic write,
 * history copy), "open" is reading both back, checking them and computing what the views show first (every
 * chapter link resolved through the SWOT resolver, factor scores, the engagement schedule, the goal tree's
 * remaining work). Resolving the links alone is also reported beside it. Options: {@code --chapters N --actions N --items N --runs N --warmup N}.
 * Ends with one JSON line; exit status 1 when the worst measured run misses the bar.
 */
public final class StrategyBenchmark {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static final long BAR_MS = 300;
    private static final LocalDate DAY = LocalDate.of(2027, 1, 11);
    private static final Map<String, LinkResolver> RESOLVERS = Map.of("swot", new SwotLinkResolver());

    private StrategyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("--chapters", "200", "--actions", "2000", "--items", "500",
                "--runs", "10", "--warmup", "5"));
        for (int i = 0; i < args.length; i += 2) {
            if (!opts.containsKey(args[i]) || i + 1 >= args.length) {
                System.err.println("Unknown option or missing value: " + args[i] + "; known: " + opts.keySet());
                System.exit(2);
            }
            opts.put(args[i], args[i + 1]);
        }
        int chapters = Integer.parseInt(opts.get("--chapters"));
        int actions = Integer.parseInt(opts.get("--actions"));
        int items = Integer.parseInt(opts.get("--items"));
        int runs = Integer.parseInt(opts.get("--runs"));
        int warmup = Integer.parseInt(opts.get("--warmup"));

        OUT.printf("== Strategy document: %d chapters, %d actions, SWOT board of %d items; %d cores%n", chapters, actions, items,
                Runtime.getRuntime().availableProcessors());
        long g0 = System.nanoTime();
        SwotBoard board = board(items);
        StrategyDocument doc = document(chapters, actions, board);
        OUT.printf("  generated in %d ms (not timed)%n", (System.nanoTime() - g0) / 1_000_000);

        Path root = Files.createTempDirectory("strategy-bench");
        long[] save = new long[runs];
        long[] open = new long[runs];
        long[] total = new long[runs];
        long coldSave;
        long coldOpen;
        long linksMs;
        long strategyBytes;
        long boardBytes;
        int linkCount;
        try (Workspace ws = Workspace.open(root)) {
            ClientWorkspace c = ws.create(ClientId.of("bench"));
            long[] cold = cycle(c, doc, board);
            coldSave = cold[0];
            coldOpen = cold[1];
            for (int i = 0; i < warmup; i++) {
                cycle(c, doc, board);
            }
            for (int r = 0; r < runs; r++) {
                long[] m = cycle(c, doc, board);
                save[r] = m[0];
                open[r] = m[1];
                total[r] = m[0] + m[1];
                OUT.printf("  run %d: save %d ms, open %d ms, together %d ms%n", r + 1, save[r], open[r], total[r]);
            }
            strategyBytes = Files.size(c.folder().resolve("documents/strategy/" + doc.name() + ".json"));
            boardBytes = Files.size(c.folder().resolve("documents/swot/" + board.name() + ".json"));
            LinkResolver swot = new SwotLinkResolver();
            Map<String, LinkResolver> resolvers = Map.of("swot", swot);
            StrategyDocument read = StrategyStore.load(c, doc.name());
            List<Link> links = new ArrayList<>();
            read.chapters().forEach(ch -> links.addAll(ch.links()));
            long l0 = System.nanoTime();
            Map<Link, LinkView> views = LinkView.resolveAll(links, resolvers, c);
            linksMs = (System.nanoTime() - l0) / 1_000_000;
            for (Link l : links) {
                if (views.get(l).state() != LinkView.State.OK) {
                    throw new IllegalStateException("link " + l + " does not resolve");
                }
            }
            linkCount = links.size();
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        long[] st = total.clone();
        Arrays.sort(st);
        long median = st[runs / 2];
        long max = st[runs - 1];
        long[] ss = save.clone();
        Arrays.sort(ss);
        long[] so = open.clone();
        Arrays.sort(so);
        boolean pass = max <= BAR_MS;
        OUT.printf("  documents: strategy %d KB, SWOT board %d KB%n", strategyBytes / 1024, boardBytes / 1024);
        OUT.printf("  cold (first in this JVM): save %d ms, open %d ms%n", coldSave, coldOpen);
        OUT.printf("  save: median %d ms, max %d ms; open: median %d ms, max %d ms%n", ss[runs / 2], ss[runs - 1], so[runs / 2], so[runs - 1]);
        OUT.printf("  open + save: median %d ms, max %d ms (bar: %d ms) -> %s%n", median, max, BAR_MS, pass ? "PASS" : "FAIL");
        OUT.printf("  resolving the %d chapter links through the SWOT resolver (together, the board read once): %d ms%n", linkCount, linksMs);
        ObjectNode figures = Json.mapper().createObjectNode();
        figures.put("chapters", chapters).put("actions", actions).put("swotItems", items).put("runs", runs).put("warmup", warmup)
                .put("strategyKB", strategyBytes / 1024).put("boardKB", boardBytes / 1024)
                .put("coldSaveMs", coldSave).put("coldOpenMs", coldOpen)
                .put("saveMedianMs", ss[runs / 2]).put("saveMaxMs", ss[runs - 1]).put("openMedianMs", so[runs / 2])
                .put("openMaxMs", so[runs - 1]).put("medianMs", median).put("maxMs", max).put("links", linkCount)
                .put("linksMs", linksMs).put("barMs", BAR_MS).put("pass", pass);
        OUT.println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
        if (!pass) {
            System.exit(1);
        }
    }

    /** One save and one open; returns {save ms, open ms}. */
    static long[] cycle(ClientWorkspace c, StrategyDocument doc, SwotBoard board) {
        long t0 = System.nanoTime();
        StrategyStore.save(c, doc);
        SwotStore.save(c, board);
        long t1 = System.nanoTime();
        StrategyDocument d = StrategyStore.load(c, doc.name());
        SwotBoard b = SwotStore.load(c, board.name());
        FactorScores.Position p = FactorScores.position(b.items());
        List<Link> links = new ArrayList<>();
        d.chapters().forEach(ch -> links.addAll(ch.links()));
        Map<Link, LinkView> views = LinkView.resolveAll(links, RESOLVERS, c);
        int left = d.goals().isEmpty() ? 0 : d.remaining(d.goals().get(0).id()).size();
        LocalDate end = d.engagement().end();
        long t2 = System.nanoTime();
        if (d.actions().size() != doc.actions().size() || b.items().size() != board.items().size() || p.cell() < 1 || left < 0
                || end == null || !d.equals(doc) || views.values().stream().anyMatch(v -> v.state() != LinkView.State.OK)) {
            throw new IllegalStateException("the document read back differs from the one saved");
        }
        return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000};
    }

    static SwotBoard board(int n) {
        SplittableRandom rnd = new SplittableRandom(8);
        SwotBoard b = SwotBoard.create("market", "Market 2027", DAY, List.of("Head of marketing", "Head of sales"));
        List<SwotItem> list = new ArrayList<>();
        Quadrant[] qs = Quadrant.values();
        int[] perQuadrant = new int[4];
        for (int i = 0; i < n; i++) {
            perQuadrant[i % 4]++;
        }
        // weights per side add to 1: each internal item gets 1 / (S + W), each external 1 / (O + T), rounded to 6 places
        BigDecimal inW = BigDecimal.ONE.divide(BigDecimal.valueOf(Math.max(1, perQuadrant[0] + perQuadrant[1])), 6, RoundingMode.HALF_UP);
        BigDecimal exW = BigDecimal.ONE.divide(BigDecimal.valueOf(Math.max(1, perQuadrant[2] + perQuadrant[3])), 6, RoundingMode.HALF_UP);
        int[] next = new int[4];
        for (int i = 0; i < n; i++) {
            Quadrant q = qs[i % 4];
            list.add(new SwotItem(q.code() + (++next[i % 4]), q, "Item " + i + ": " + words(rnd, 12),
                    q.internal() ? inW : exW, 1 + rnd.nextInt(4), null));
        }
        b = new SwotBoard(b.name(), b.title(), List.of(new com.salesworkbench.swot.Iteration(1, DAY, b.current().participants(), list, "")),
                List.of());
        for (int t = 0; t < Math.min(100, n / 4); t++) {
            b = b.withStrategy(List.of("S" + (1 + t % perQuadrant[0]), "O" + (1 + t % perQuadrant[2])), "Strategy " + t + ": " + words(rnd, 8));
        }
        return b;
    }

    static StrategyDocument document(int chapters, int actions, SwotBoard board) {
        SplittableRandom rnd = new SplittableRandom(2027);
        StrategyDocument d = StrategyDocument.create("growth-2027", "Growth 2027", "2027");
        int fixed = d.chapters().size();
        Horizon[] hs = Horizon.values();
        for (int i = fixed; i < chapters; i++) {
            d = d.withChapter(hs[i % 3], "Chapter " + i, "");
        }
        List<com.salesworkbench.strategy.Chapter> cs = new ArrayList<>();
        for (int i = 0; i < d.chapters().size(); i++) {
            com.salesworkbench.strategy.Chapter ch = d.chapters().get(i);
            String text = "## " + ch.id() + "\n\n" + words(rnd, 90) + "\n\n- " + words(rnd, 30) + "\n- " + words(rnd, 30) + "\n";
            List<Link> links = List.of(new Link("swot", board.name()), Tows.itemLink(board.name(), board.items().get(i % board.items().size()).id()));
            cs.add(new com.salesworkbench.strategy.Chapter(ch.id(), ch.horizon(), ch.title(), text, links));
        }
        List<com.salesworkbench.strategy.Action> as = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            LocalDate deadline = DAY.plusDays(30 + rnd.nextInt(330));
            as.add(new com.salesworkbench.strategy.Action("a" + (i + 1), "Action " + i + ": " + words(rnd, 8), "Dept " + rnd.nextInt(12),
                    deadline, List.of(new ControlPoint(deadline.minusDays(60), words(rnd, 4), rnd.nextBoolean()),
                    new ControlPoint(deadline.minusDays(20), words(rnd, 4), false)), ActionStatus.values()[rnd.nextInt(4)],
                    List.of(Tows.strategyLink(board.name(), "T" + (1 + i % Math.max(1, board.strategies().size()))),
                            Tows.itemLink(board.name(), board.items().get(i % board.items().size()).id()))));
        }
        d = new StrategyDocument(d.name(), d.title(), d.period(), d.status(), d.version(), cs, d.objections(), d.goals(), as,
                d.readiness(), d.risks(), EngagementPlan.standard(DAY), "", null, "");
        d = d.withGoal("", GoalKind.STRATEGIC, "30 offices in 5 years", "CEO", LocalDate.of(2031, 12, 31), new BigDecimal(30), null, "");
        for (int g = 0; g < 50; g++) {
            d = d.withGoal("g1", GoalKind.FINANCIAL, "Office " + g + " revenue", "Head " + g, LocalDate.of(2027, 12, 31),
                    new BigDecimal(1_000_000 + g), new Link("plan", "2027#office-" + g), "");
        }
        for (RiskKind k : RiskKind.values()) {
            d = d.withRisk(k, words(rnd, 6), 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), words(rnd, 6), "PMO");
        }
        return d;
    }

    private static final String[] WORDS = ("sales plan region client product price channel partner margin growth office "
            + "manager motivation target quarter market share assortment service delivery contract discount network").split(" ");

    static String words(SplittableRandom rnd, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
