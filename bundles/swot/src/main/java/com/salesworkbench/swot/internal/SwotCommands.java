package com.salesworkbench.swot.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.strategy.Action;
import com.salesworkbench.strategy.ControlPoint;
import com.salesworkbench.strategy.Link;
import com.salesworkbench.strategy.LinkResolver;
import com.salesworkbench.strategy.LinkView;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.swot.Evidence;
import com.salesworkbench.swot.FactorScores;
import com.salesworkbench.swot.Finding;
import com.salesworkbench.swot.FindingSource;
import com.salesworkbench.swot.Iteration;
import com.salesworkbench.swot.IterationDiff;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.swot.SwotBoard;
import com.salesworkbench.swot.SwotItem;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.swot.Tows;
import com.salesworkbench.swot.TowsStrategy;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code swot:*}: boards with weighted and rated items, iterations and their comparison, the guiding questions,
 * factor scores and the matrix position, TOWS strategies turned into actions of a strategy document (with links
 * back), and evidence from other modules' findings.
 */
@Component(service = SwotCommands.class, property = {
        "osgi.command.scope=swot",
        "osgi.command.function=new",
        "osgi.command.function=list",
        "osgi.command.function=show",
        "osgi.command.function=item",
        "osgi.command.function=score",
        "osgi.command.function=remove",
        "osgi.command.function=iterate",
        "osgi.command.function=compare",
        "osgi.command.function=questions",
        "osgi.command.function=scores",
        "osgi.command.function=tows",
        "osgi.command.function=act",
        "osgi.command.function=trace",
        "osgi.command.function=findings",
        "osgi.command.function=evidence"})
public class SwotCommands {

    static final String UNSET = "";

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    private final Map<String, LinkResolver> resolvers = new ConcurrentHashMap<>();
    private final List<FindingSource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addResolver(LinkResolver r) {
        resolvers.put(r.kind(), r);
    }

    void removeResolver(LinkResolver r) {
        resolvers.remove(r.kind(), r);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(FindingSource s) {
        sources.add(s);
    }

    void removeSource(FindingSource s) {
        sources.remove(s);
    }

    static Texts texts() {
        return Texts.of(SwotCommands.class, Locale.getDefault());
    }

    private ClientWorkspace client() {
        ClientId id = provisioning.requireActiveClient();
        return workspace.client(id);
    }

    /** Runs a command body, turning refusals into the user's language. A refused change saves nothing. */
    private static String run(Supplier<String> body) {
        try {
            return body.get();
        } catch (StrategyException e) {
            throw new IllegalArgumentException(localise(e), e);
        } catch (WorkspaceException e) {
            throw new IllegalArgumentException(texts().get("error.io", e.getMessage()), e);
        }
    }

    static String localise(StrategyException e) {
        return localiseIn(e, Locale.getDefault());
    }

    /** The refusal in the given language: the SWOT texts, then the strategy domain's, then English. */
    static String localiseIn(StrategyException e, Locale locale) {
        Texts t = Texts.of(SwotCommands.class, locale);
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if ("internal".equals(args[i]) || "external".equals(args[i])) {
                args[i] = t.get("side." + args[i]);
            }
        }
        String text = t.get(e.key(), args);
        if (text.startsWith("!")) {
            text = Texts.of(StrategyException.class, locale).get(e.key(), args);
        }
        return text.startsWith("!") ? e.getMessage() : text;
    }

    private static StrategyException bad(String key, String english, Object... args) {
        return new StrategyException(key, english, args);
    }

    static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad("error.date", what + ": '" + text + "' is not a date (2027-03-15)", what, text);
        }
    }

    static BigDecimal weight(String text) {
        try {
            String s = text.strip().replace(',', '.');
            boolean pct = s.endsWith("%");
            BigDecimal v = new BigDecimal(pct ? s.substring(0, s.length() - 1) : s);
            return pct ? v.movePointLeft(2) : v;
        } catch (NumberFormatException e) {
            throw bad("error.number", "weight: '" + text + "' is not a number", "weight", text);
        }
    }

    static int rating(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw bad("error.number", "rating: '" + text + "' is not a number", "rating", text);
        }
    }

    static List<String> people(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private SwotBoard change(String name, UnaryOperator<SwotBoard> f) {
        ClientWorkspace c = client();
        SwotBoard b = f.apply(SwotStore.load(c, name));
        SwotStore.save(c, b);
        return b;
    }

    private static String quadrant(Quadrant q) {
        return texts().get("quadrant." + q.code());
    }

    String describe(LinkView v) {
        Texts t = texts();
        return switch (v.state()) {
            case OK -> t.get("link.ok", v.link(), v.target().title());
            case MODULE_MISSING -> t.get("link.moduleMissing", v.link(), v.link().kind());
            case OBJECT_MISSING -> t.get("link.objectMissing", v.link());
            case FAILED -> t.get("link.failed", v.link(), v.problem());
        };
    }

    // ------------------------------------------------------------------------------------------- boards

    @Descriptor("Create a SWOT board with its first iteration")
    public String _new(
            @Descriptor("participants, comma-separated (e.g. the heads of marketing and sales)") @Parameter(names = {"-p", "--participants"}, absentValue = UNSET) String participants,
            @Descriptor("title (default: the name)") @Parameter(names = {"-T", "--title"}, absentValue = UNSET) String title,
            @Descriptor("session date (default: today)") @Parameter(names = {"-d", "--date"}, absentValue = UNSET) String day,
            @Descriptor("board name (lower-case)") String name) {
        return run(() -> {
            ClientWorkspace c = client();
            StrategyStore.checkName(name);
            if (SwotStore.find(c, name).isPresent()) {
                throw bad("error.exists", "A SWOT board '" + name + "' exists already", name);
            }
            SwotBoard b = SwotBoard.create(name, title.isEmpty() ? name : title, day.isEmpty() ? LocalDate.now() : date(day, "--date"),
                    people(participants));
            SwotStore.save(c, b);
            return texts().get("new.done", name) + "\n";
        });
    }

    @Descriptor("List the active client's SWOT boards")
    public String list() {
        return run(() -> {
            Texts t = texts();
            ClientWorkspace c = client();
            TextTable table = new TextTable(t.get("col.name"), t.get("col.title"), t.get("col.iterations"), t.get("col.items"),
                    t.get("col.strategies")).right(2, 3, 4);
            for (String n : SwotStore.names(c)) {
                SwotBoard b = SwotStore.load(c, n);
                table.row(n, b.title(), b.iterations().size(), b.items().size(), b.strategies().size());
            }
            return table.toString();
        });
    }

    @Descriptor("Show a board: the four quadrants with weights, ratings and evidence, and the TOWS strategies")
    public String show(
            @Descriptor("iteration number (default: the current one)") @Parameter(names = {"-i", "--iteration"}, absentValue = "0") int iteration,
            @Descriptor("board name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            SwotBoard b = SwotStore.load(client(), name);
            Iteration it = iteration == 0 ? b.current() : b.iteration(iteration);
            StringBuilder sb = new StringBuilder();
            sb.append(t.get("show.head", b.title(), it.number(), b.iterations().size(), String.valueOf(it.date()),
                    String.join(", ", it.participants()))).append('\n');
            Map<Link, LinkView> views = LinkView.resolveAll(it.items().stream().filter(i -> i.evidence() != null)
                    .map(i -> i.evidence().link()).toList(), resolvers, client());
            for (Quadrant q : Quadrant.values()) {
                sb.append('\n').append(quadrant(q)).append('\n');
                TextTable table = new TextTable(t.get("col.id"), t.get("col.item"), t.get("col.weight"), t.get("col.rating"),
                        t.get("col.evidence")).right(2, 3);
                for (SwotItem i : it.items()) {
                    if (i.quadrant() == q) {
                        table.row(i.id(), i.text(), i.weight() == null ? "" : f.amount(i.weight(), 3), i.rating() == 0 ? "" : i.rating(),
                                i.evidence() == null ? "" : describe(views.get(i.evidence().link())));
                    }
                }
                sb.append(table);
            }
            if (!b.strategies().isEmpty()) {
                sb.append('\n').append(t.get("show.tows")).append('\n');
                TextTable table = new TextTable(t.get("col.id"), t.get("col.type"), t.get("col.strategy"), t.get("col.items"),
                        t.get("col.actions"));
                for (TowsStrategy s : b.strategies()) {
                    table.row(s.id(), s.type(), s.text(), String.join(",", s.items()), String.join(" ", s.actions()));
                }
                sb.append(table);
            }
            return sb.toString();
        });
    }

    @Descriptor("Add an item to a quadrant of the current iteration")
    public String item(
            @Descriptor("weight 0-1 within its side (internal or external)") @Parameter(names = {"-w", "--weight"}, absentValue = UNSET) String w,
            @Descriptor("rating 1-4") @Parameter(names = {"-r", "--rating"}, absentValue = "0") String r,
            @Descriptor("board name") String name,
            @Descriptor("quadrant: S, W, O or T") String quadrant,
            @Descriptor("the item's text") String... text) {
        return run(() -> {
            Quadrant q = Quadrant.parse(quadrant);
            BigDecimal weight = w.isEmpty() ? null : weight(w);
            int rating = rating(r);
            SwotBoard b = change(name, x -> x.withItem(q, String.join(" ", text), weight, rating, null));
            SwotItem i = b.items().get(b.items().size() - 1);
            return texts().get("item.done", i.id(), quadrant(q)) + "\n";
        });
    }

    @Descriptor("Set an item's weight and rating")
    public String score(@Descriptor("board name") String name, @Descriptor("item id, e.g. S2") String id,
                        @Descriptor("weight 0-1") String w, @Descriptor("rating 1-4") String r) {
        return run(() -> {
            BigDecimal weight = weight(w);
            int rating = rating(r);
            SwotBoard b = change(name, x -> x.mapItem(id, i -> i.scored(weight, rating)));
            return texts().get("score.done", id.toUpperCase(Locale.ROOT), weight.toPlainString(), rating) + "\n"
                    + sideSum(b, b.item(id).quadrant().internal());
        });
    }

    /** A line saying what the side's weights add to now, when that is not 1 (the next edits may fix it). */
    private static String sideSum(SwotBoard b, boolean internal) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SwotItem i : b.items()) {
            if (i.quadrant().internal() == internal && i.weight() != null) {
                sum = sum.add(i.weight());
            }
        }
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(FactorScores.TOLERANCE) <= 0) {
            return "";
        }
        Texts t = texts();
        return t.get("score.sum", t.get(internal ? "side.internal" : "side.external"), sum.stripTrailingZeros().toPlainString()) + "\n";
    }

    @Descriptor("Remove an item from the current iteration (earlier iterations keep it)")
    public String remove(@Descriptor("board name") String name, @Descriptor("item id") String id) {
        return run(() -> {
            change(name, x -> x.withoutItem(id));
            return texts().get("remove.done", id.toUpperCase(Locale.ROOT)) + "\n";
        });
    }

    @Descriptor("Start a new session: the items carry over, the current iteration is kept as it is")
    public String iterate(
            @Descriptor("participants, comma-separated (default: the previous session's)") @Parameter(names = {"-p", "--participants"}, absentValue = UNSET) String participants,
            @Descriptor("session date (default: today)") @Parameter(names = {"-d", "--date"}, absentValue = UNSET) String day,
            @Descriptor("note") @Parameter(names = {"-n", "--note"}, absentValue = UNSET) String note,
            @Descriptor("board name") String name) {
        return run(() -> {
            LocalDate on = day.isEmpty() ? LocalDate.now() : date(day, "--date");
            SwotBoard b = change(name, x -> x.nextIteration(on, participants.isEmpty() ? x.current().participants() : people(participants), note));
            return texts().get("iterate.done", b.current().number(), name) + "\n";
        });
    }

    @Descriptor("Compare two iterations of a board")
    public String compare(@Descriptor("board name") String name, @Descriptor("earlier iteration") int a,
                          @Descriptor("later iteration") int b) {
        return run(() -> {
            Texts t = texts();
            SwotBoard board = SwotStore.load(client(), name);
            Iteration x = board.iteration(a);
            Iteration y = board.iteration(b);
            List<IterationDiff.Change> changes = IterationDiff.compare(x, y);
            StringBuilder sb = new StringBuilder(t.get("compare.head", a, b, changes.size())).append('\n');
            TextTable table = new TextTable(t.get("col.id"), t.get("col.change"), t.get("col.before"), t.get("col.after"));
            changes.forEach(c -> table.row(c.item(), t.get("change." + c.what()), c.before(), c.after()));
            sb.append(table);
            Formats f = new Formats(provisioning.clientLocale());
            sb.append(scoreLine(t, f, a, x)).append(scoreLine(t, f, b, y));
            return sb.toString();
        });
    }

    private static String scoreLine(Texts t, Formats f, int n, Iteration it) {
        try {
            FactorScores.Position p = FactorScores.position(it.items());
            return t.get("compare.scores", n, f.amount(p.internal(), 2), f.amount(p.external(), 2), p.cell()) + "\n";
        } catch (StrategyException e) {
            return t.get("compare.noScores", n, localise(e)) + "\n";
        }
    }

    @Descriptor("The guiding questions of a SWOT session")
    public String questions() {
        Texts t = texts();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            sb.append(i).append(". ").append(t.get("question." + i)).append('\n');
        }
        return sb.toString();
    }

    @Descriptor("Internal and external factor scores (weights add to 1 per side, ratings 1-4) and the matrix position")
    public String scores(@Descriptor("iteration number (default: the current one)") @Parameter(names = {"-i", "--iteration"}, absentValue = "0") int iteration,
                         @Descriptor("board name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            SwotBoard b = SwotStore.load(client(), name);
            Iteration it = iteration == 0 ? b.current() : b.iteration(iteration);
            StringBuilder sb = new StringBuilder();
            List<String> problems = new ArrayList<>();
            FactorScores.Score in = null;
            FactorScores.Score ex = null;
            try {
                in = FactorScores.internal(it.items());
            } catch (StrategyException e) {
                problems.add(localise(e));
            }
            try {
                ex = FactorScores.external(it.items());
            } catch (StrategyException e) {
                problems.add(localise(e));
            }
            TextTable table = new TextTable(t.get("col.id"), t.get("col.item"), t.get("col.weight"), t.get("col.rating"),
                    t.get("col.weighted")).right(2, 3, 4);
            for (SwotItem i : it.items()) {
                table.row(i.id(), i.text(), i.weight() == null ? "" : f.amount(i.weight(), 3), i.rating() == 0 ? "" : i.rating(),
                        i.weight() == null || i.rating() == 0 ? "" : f.amount(i.weight().multiply(BigDecimal.valueOf(i.rating())), 3));
            }
            sb.append(table);
            if (in != null) {
                sb.append(t.get("scores.internal", f.amount(in.score(), 2))).append('\n');
            }
            if (ex != null) {
                sb.append(t.get("scores.external", f.amount(ex.score(), 2))).append('\n');
            }
            if (in != null && ex != null) {
                FactorScores.Position p = FactorScores.position(in.score(), ex.score());
                sb.append(t.get("scores.position", p.cell(), t.get("advice." + p.advice()))).append('\n');
                sb.append(matrix(p.cell()));
            }
            problems.forEach(p -> sb.append(p).append('\n'));
            return sb.toString();
        });
    }

    static String matrix(int cell) {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            sb.append("   ");
            for (int col = 0; col < 3; col++) {
                int c = row * 3 + col + 1;
                sb.append(c == cell ? "[X]" : "[ ]");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ----------------------------------------------------------------------------------------------- TOWS

    @Descriptor("Form a TOWS strategy (SO, ST, WO, WT) from chosen items, e.g. swot:tows main S1,O2 Open the southern region")
    public String tows(@Descriptor("board name") String name, @Descriptor("items, comma-separated, e.g. S1,O2") String items,
                       @Descriptor("the strategy") String... text) {
        return run(() -> {
            List<String> ids = Arrays.stream(items.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT)).toList();
            SwotBoard b = change(name, x -> x.withStrategy(ids, String.join(" ", text)));
            TowsStrategy s = b.strategies().get(b.strategies().size() - 1);
            return texts().get("tows.done", s.id(), s.type(), String.join(",", s.items())) + "\n";
        });
    }

    @Descriptor("Turn a TOWS strategy into an action of a strategy document's action plan, linked back to its items")
    public String act(
            @Descriptor("owner (person or department)") @Parameter(names = {"-o", "--owner"}, absentValue = UNSET) String owner,
            @Descriptor("deadline, e.g. 2027-06-30") @Parameter(names = {"-d", "--deadline"}, absentValue = UNSET) String deadline,
            @Descriptor("action title (default: the strategy)") @Parameter(names = {"-t", "--title"}, absentValue = UNSET) String title,
            @Descriptor("control points DATE=criterion;DATE=criterion") @Parameter(names = {"-c", "--control"}, absentValue = UNSET) String control,
            @Descriptor("board name") String name, @Descriptor("TOWS strategy id, e.g. T1") String strategy,
            @Descriptor("strategy document name") String document) {
        return run(() -> {
            ClientWorkspace c = client();
            SwotBoard b = SwotStore.load(c, name);
            StrategyDocument d = StrategyStore.load(c, document);
            LocalDate dl = deadline.isEmpty() ? null : date(deadline, "--deadline");
            List<ControlPoint> cps = new ArrayList<>();
            if (!control.isBlank()) {
                for (String part : control.split(";")) {
                    int eq = part.indexOf('=');
                    if (eq < 0) {
                        throw bad("error.controlPoint", "Control point '" + part + "': write DATE=criterion", part);
                    }
                    cps.add(new ControlPoint(date(part.substring(0, eq), "--control"), part.substring(eq + 1).strip(), false));
                }
            }
            Tows.Converted r = Tows.toAction(b, strategy.toUpperCase(Locale.ROOT), d, title, owner, dl, cps);
            StrategyStore.save(c, r.document());
            SwotStore.save(c, r.board());
            return texts().get("act.done", r.action().id(), document, String.join(" ", r.action().sources().stream().map(Link::toString).toList()))
                    + "\n";
        });
    }

    @Descriptor("Follow an action of a strategy document back to the SWOT items and strategy that motivated it")
    public String trace(@Descriptor("strategy document name") String document, @Descriptor("action id, e.g. a3") String action) {
        return run(() -> {
            Texts t = texts();
            ClientWorkspace c = client();
            Action a = StrategyStore.load(c, document).action(action);
            StringBuilder sb = new StringBuilder(t.get("trace.head", a.id(), a.title())).append('\n');
            List<String> boards = a.sources().stream().filter(l -> l.kind().equals("swot")).map(Tows::boardOf).distinct().toList();
            if (boards.isEmpty()) {
                return sb.append(t.get("trace.none")).append('\n').toString();
            }
            for (String bn : boards) {
                Optional<SwotBoard> b = SwotStore.find(c, bn);
                if (b.isEmpty()) {
                    sb.append(t.get("trace.boardGone", bn)).append('\n');
                    continue;
                }
                Tows.Trace tr = Tows.trace(a, b.get());
                tr.strategy().ifPresent(s -> sb.append(t.get("trace.strategy", bn, s.id(), s.type(), s.text())).append('\n'));
                for (SwotItem i : tr.items()) {
                    sb.append(t.get("trace.item", bn, i.id(), quadrant(i.quadrant()), i.text())).append('\n');
                }
                for (Link l : tr.missing()) {
                    sb.append(t.get("link.objectMissing", l)).append('\n');
                }
            }
            return sb.toString();
        });
    }

    // ------------------------------------------------------------------------------------------- evidence

    List<Finding> allFindings(ClientWorkspace c) {
        List<Finding> out = new ArrayList<>();
        Locale l = Locale.getDefault();
        for (FindingSource s : sources) {
            try {
                out.addAll(s.findings(c, l));
            } catch (RuntimeException e) {
                // one module's failure does not hide the others' findings
            }
        }
        return out;
    }

    @Descriptor("List the findings other modules offer as SWOT evidence")
    public String findings() {
        return run(() -> {
            Texts t = texts();
            TextTable table = new TextTable(t.get("col.link"), t.get("col.finding"), t.get("col.quadrant"));
            for (Finding f : allFindings(client())) {
                table.row(f.link(), f.text(), f.suggested().code());
            }
            return table.toString();
        });
    }

    @Descriptor("Add an evidence item from another module's finding (by its link), keeping the link")
    public String evidence(
            @Descriptor("quadrant (default: the finding's suggestion)") @Parameter(names = {"-q", "--quadrant"}, absentValue = UNSET) String quadrant,
            @Descriptor("item text (default: the finding's)") @Parameter(names = {"-t", "--text"}, absentValue = UNSET) String text,
            @Descriptor("weight 0-1") @Parameter(names = {"-w", "--weight"}, absentValue = UNSET) String w,
            @Descriptor("rating 1-4") @Parameter(names = {"-r", "--rating"}, absentValue = "0") String r,
            @Descriptor("board name") String name, @Descriptor("the finding's link, e.g. series:sales#roses") String link) {
        return run(() -> {
            ClientWorkspace c = client();
            Link l = Link.parse(link);
            Optional<Finding> finding = allFindings(c).stream().filter(f -> f.link().equals(l)).findFirst();
            String itemText = !text.isEmpty() ? text : finding.map(Finding::text).orElse("");
            if (finding.isEmpty()) {
                LinkView v = LinkView.resolve(l, resolvers, c);
                if (v.state() != LinkView.State.OK) {
                    throw bad("error.dangling", "Link " + l + ": no such object; nothing was changed", l.toString(), describe(v));
                }
                if (itemText.isEmpty()) {
                    throw bad("error.evidenceText", "Link " + l + " is not a current finding; give the item text with -t", l.toString());
                }
            }
            Quadrant q = !quadrant.isEmpty() ? Quadrant.parse(quadrant) : finding.map(Finding::suggested)
                    .orElseThrow(() -> bad("error.evidenceQuadrant", "Give the quadrant with -q", l.toString()));
            BigDecimal weight = w.isEmpty() ? null : weight(w);
            int rating = rating(r);
            Evidence e = new Evidence(l, finding.map(Finding::text).orElse(itemText));
            SwotBoard b = change(name, x -> x.withItem(q, itemText, weight, rating, e));
            SwotItem i = b.items().get(b.items().size() - 1);
            return texts().get("evidence.done", i.id(), quadrant(q), l) + "\n";
        });
    }
}
