package com.salesworkbench.strategy.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.document.DocumentTemplate;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.strategy.Action;
import com.salesworkbench.strategy.ActionStatus;
import com.salesworkbench.strategy.Chapter;
import com.salesworkbench.strategy.ControlPoint;
import com.salesworkbench.strategy.EngagementPlan;
import com.salesworkbench.strategy.Goal;
import com.salesworkbench.strategy.GoalKind;
import com.salesworkbench.strategy.Horizon;
import com.salesworkbench.strategy.Link;
import com.salesworkbench.strategy.LinkResolver;
import com.salesworkbench.strategy.LinkView;
import com.salesworkbench.strategy.Objection;
import com.salesworkbench.strategy.ReadinessArea;
import com.salesworkbench.strategy.ReadinessItem;
import com.salesworkbench.strategy.Risk;
import com.salesworkbench.strategy.RiskKind;
import com.salesworkbench.strategy.Status;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.strategy.VersionDiff;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code strategy:*}: strategy documents (horizons, chapters, live links), the lifecycle with objections,
 * frozen versions and their comparison, goals, the action plan, readiness, risks, the engagement plan and
 * the templates that bundles contribute.
 */
@Component(service = StrategyCommands.class, property = {
        "osgi.command.scope=strategy",
        "osgi.command.function=new",
        "osgi.command.function=list",
        "osgi.command.function=show",
        "osgi.command.function=text",
        "osgi.command.function=chapter",
        "osgi.command.function=link",
        "osgi.command.function=unlink",
        "osgi.command.function=submit",
        "osgi.command.function=draft",
        "osgi.command.function=object",
        "osgi.command.function=resolve",
        "osgi.command.function=approve",
        "osgi.command.function=revise",
        "osgi.command.function=versions",
        "osgi.command.function=compare",
        "osgi.command.function=goal",
        "osgi.command.function=goals",
        "osgi.command.function=progress",
        "osgi.command.function=action",
        "osgi.command.function=actions",
        "osgi.command.function=status",
        "osgi.command.function=checkpoint",
        "osgi.command.function=readiness",
        "osgi.command.function=risk",
        "osgi.command.function=risks",
        "osgi.command.function=engagement",
        "osgi.command.function=templates",
        "osgi.command.function=template",
        "osgi.command.function=apply"})
public class StrategyCommands {

    static final String UNSET = "";

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    private final Map<String, LinkResolver> resolvers = new ConcurrentHashMap<>();
    private final Map<String, Contributed> templates = new ConcurrentHashMap<>();

    /** A template with the bundle that contributes it. */
    record Contributed(DocumentTemplate template, String bundle) {
    }

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
    void addTemplate(DocumentTemplate t, ServiceReference<DocumentTemplate> ref) {
        Bundle b = ref == null ? null : ref.getBundle();
        addTemplate(t, b == null ? "?" : b.getSymbolicName());
    }

    void addTemplate(DocumentTemplate t, String bundle) {
        templates.put(t.id(), new Contributed(t, bundle));
    }

    void removeTemplate(DocumentTemplate t) {
        templates.values().removeIf(c -> c.template() == t);
    }

    static Texts texts() {
        return Texts.of(StrategyCommands.class, Locale.getDefault());
    }

    private ClientId activeId() {
        return provisioning.requireActiveClient();
    }

    private ClientWorkspace client() {
        return workspace.client(activeId());
    }

    private Formats formats() {
        return new Formats(provisioning.clientLocale());
    }

    private interface Body {
        String run() throws IOException;
    }

    /** Runs a command body, turning refusals into the user's language. A refused change saves nothing. */
    private static String run(Body body) {
        try {
            return body.run();
        } catch (StrategyException e) {
            throw new IllegalArgumentException(localise(e), e);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(texts().get("error.noFile", e.getFile()), e);
        } catch (IOException | WorkspaceException e) {
            throw new IllegalArgumentException(texts().get("error.io", e.getMessage()), e);
        }
    }

    /** The refusal in the user's language: the commands' texts, then the strategy domain's, then English. */
    static String localise(StrategyException e) {
        String text = texts().get(e.key(), e.args());
        if (text.startsWith("!")) {
            text = Texts.of(StrategyException.class, Locale.getDefault()).get(e.key(), e.args());
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

    static BigDecimal decimal(String text, String what) {
        try {
            return new BigDecimal(text.strip().replace(" ", "").replace('\u00A0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw bad("error.number", what + ": '" + text + "' is not a number", what, text);
        }
    }

    static int integer(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw bad("error.number", what + ": '" + text + "' is not a number", what, text);
        }
    }

    private static String period(String text) {
        if (text.isEmpty()) {
            return "";
        }
        try {
            PlanPeriod p = PlanPeriod.parse(text);
            String s = p.toString();
            if (!s.matches("\\d{4}(-H[12]|-Q[1-4])?")) {
                throw bad("error.period", "Period '" + text + "': a strategy plan covers a year, half-year or quarter (2027, 2027-H1, 2027-Q1)", text);
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw bad("error.period", "Period '" + text + "': a strategy plan covers a year, half-year or quarter (2027, 2027-H1, 2027-Q1)", text);
        }
    }

    private StrategyDocument load(String name) {
        return StrategyStore.load(client(), name);
    }

    /** Loads, changes and saves; returns the saved document. A refused change leaves the saved one as it was. */
    private StrategyDocument change(String name, UnaryOperator<StrategyDocument> f) {
        ClientWorkspace c = client();
        StrategyDocument d = f.apply(StrategyStore.load(c, name));
        StrategyStore.save(c, d);
        return d;
    }

    String chapterTitle(Chapter c) {
        return c.fixed() ? texts().get("chapter." + c.id()) : c.title();
    }

    private static String status(Status s) {
        return texts().get("status." + s.name().toLowerCase(Locale.ROOT));
    }

    /** A link as the user sees it: the target, or that the module or the object is missing. */
    String describe(LinkView v) {
        Texts t = texts();
        return switch (v.state()) {
            case OK -> t.get("link.ok", v.link(), v.target().title(), v.target().summary());
            case MODULE_MISSING -> t.get("link.moduleMissing", v.link(), v.link().kind());
            case OBJECT_MISSING -> t.get("link.objectMissing", v.link(), v.link().ref());
            case FAILED -> t.get("link.failed", v.link(), v.problem());
        };
    }

    LinkView view(Link l) {
        return LinkView.resolve(l, resolvers, client());
    }

    // ------------------------------------------------------------------------------------------- documents

    @Descriptor("Create a strategy document: three horizons with their fixed chapters, the readiness checklist")
    public String _new(
            @Descriptor("plan period it covers: 2027, 2027-H1 or 2027-Q1") @Parameter(names = {"-p", "--period"}, absentValue = UNSET) String period,
            @Descriptor("title (default: the name)") @Parameter(names = {"-T", "--title"}, absentValue = UNSET) String title,
            @Descriptor("template id to add as a chapter (see strategy:templates)") @Parameter(names = {"-t", "--template"}, absentValue = UNSET) String template,
            @Descriptor("document name (lower-case)") String name) {
        return run(() -> {
            ClientWorkspace c = client();
            StrategyStore.checkName(name);
            if (StrategyStore.find(c, name).isPresent()) {
                throw bad("error.exists", "A strategy document '" + name + "' exists already", name);
            }
            StrategyDocument d = StrategyDocument.create(name, title.isEmpty() ? name : title, period(period));
            if (!template.isEmpty()) {
                d = applyTemplate(d, template, Horizon.OPERATIONAL);
            }
            StrategyStore.save(c, d);
            return texts().get("new.done", name, d.chapters().size()) + "\n";
        });
    }

    private Contributed contributed(String id) {
        Contributed t = templates.get(id);
        if (t == null) {
            int dot = id.indexOf('.');
            String vendor = dot < 0 ? id : id.substring(0, dot);
            boolean known = templates.keySet().stream().anyMatch(k -> k.startsWith(vendor + "."));
            throw known ? bad("error.noTemplate", "No template '" + id + "'; known: " + new TreeMap<>(templates).keySet(), id,
                    String.join(", ", new TreeMap<>(templates).keySet()))
                    : bad("error.templateBundle", "Template '" + id + "': no running bundle contributes templates of '" + vendor
                    + "'; known: " + new TreeMap<>(templates).keySet(), id, vendor, String.join(", ", new TreeMap<>(templates).keySet()));
        }
        return t;
    }

    private StrategyDocument applyTemplate(StrategyDocument d, String id, Horizon h) {
        Contributed t = contributed(id);
        Locale l = provisioning.clientLocale();
        return d.withChapter(h, t.template().title(l), TemplateText.markdown(t.template().content(l))).withTemplate(id);
    }

    @Descriptor("List the active client's strategy documents")
    public String list() {
        return run(() -> {
            Texts t = texts();
            Formats f = formats();
            ClientWorkspace c = client();
            TextTable table = new TextTable(t.get("col.name"), t.get("col.title"), t.get("col.period"), t.get("col.version"),
                    t.get("col.status"), t.get("col.chapters"), t.get("col.goals"), t.get("col.actions")).right(3, 5, 6, 7);
            for (String n : StrategyStore.names(c)) {
                StrategyDocument d = StrategyStore.load(c, n);
                table.row(n, d.title(), d.period(), d.version(), status(d.status()), f.count(d.chapters().size()),
                        f.count(d.goals().size()), f.count(d.actions().size()));
            }
            return table.toString();
        });
    }

    @Descriptor("Show a strategy document: horizons, chapters, live links, objections, goals and actions in brief")
    public String show(
            @Descriptor("version number or current") @Parameter(names = {"-v", "--version"}, absentValue = "current") String version,
            @Descriptor("document name") String name) {
        return run(() -> {
            Texts t = texts();
            StrategyDocument d = StrategyStore.version(client(), name, version);
            StringBuilder sb = new StringBuilder();
            sb.append(t.get("show.head", d.title(), d.name(), d.version(), status(d.status()),
                    d.period().isEmpty() ? "-" : d.period())).append('\n');
            if (d.status() == Status.APPROVED) {
                sb.append(t.get("show.approved", d.approvedBy(), String.valueOf(d.approvedOn()))).append('\n');
            }
            List<Link> all = new ArrayList<>();
            d.chapters().forEach(c -> all.addAll(c.links()));
            Map<Link, LinkView> views = LinkView.resolveAll(all, resolvers, client());
            Horizon current = null;
            for (Chapter c : d.chapters()) {
                if (c.horizon() != current) {
                    current = c.horizon();
                    sb.append('\n').append(t.get("horizon." + current.code())).append('\n');
                }
                sb.append("  [").append(c.id()).append("] ").append(chapterTitle(c));
                if (c.empty()) {
                    sb.append("  ").append(t.get("show.emptyChapter"));
                }
                sb.append('\n');
                for (String line : c.text().lines().limit(3).toList()) {
                    sb.append("      ").append(line).append('\n');
                }
                if (c.text().lines().count() > 3) {
                    sb.append("      ...\n");
                }
                for (Link l : c.links()) {
                    sb.append("      -> ").append(describe(views.get(l))).append('\n');
                }
            }
            long open = d.objections().stream().filter(Objection::open).count();
            long done = d.actions().stream().filter(a -> a.status() == ActionStatus.DONE).count();
            sb.append('\n').append(t.get("show.summary", d.objections().size(), open, d.goals().size(), d.actions().size(), done,
                    d.risks().size())).append('\n');
            if (!d.template().isEmpty() && !templates.containsKey(d.template())) {
                sb.append(t.get("show.templateGone", d.template())).append('\n');
            }
            return sb.toString();
        });
    }

    @Descriptor("Set a chapter's rich text (Markdown), given inline or read from a file with -f")
    public String text(
            @Descriptor("read the text from this UTF-8 Markdown file") @Parameter(names = {"-f", "--file"}, absentValue = UNSET) String file,
            @Descriptor("document name") String name,
            @Descriptor("chapter id (see strategy:show)") String chapter,
            @Descriptor("the text (ignored with -f)") String... text) {
        return run(() -> {
            String body = file.isEmpty() ? String.join(" ", text) : Files.readString(Path.of(file), StandardCharsets.UTF_8);
            StrategyDocument d = change(name, x -> x.withChapterText(chapter, body));
            return texts().get("text.done", chapterTitle(d.chapter(chapter)), body.length()) + "\n";
        });
    }

    @Descriptor("Add a chapter of your own at the end of a horizon")
    public String chapter(
            @Descriptor("horizon: long, medium, operational") @Parameter(names = {"-h", "--horizon"}, absentValue = "operational") String horizon,
            @Descriptor("document name") String name,
            @Descriptor("chapter title") String... title) {
        return run(() -> {
            Horizon h = Horizon.parse(horizon);
            StrategyDocument d = change(name, x -> x.withChapter(h, String.join(" ", title), ""));
            String id = "custom-" + d.chapters().stream().filter(c -> c.id().startsWith("custom-"))
                    .mapToInt(c -> Integer.parseInt(c.id().substring(7))).max().orElse(0);
            return texts().get("chapter.done", id, String.join(" ", title), texts().get("horizon." + h.code())) + "\n";
        });
    }

    @Descriptor("Link a chapter to another module's object (plan:NAME#FIGURE, scheme:NAME, swot:BOARD, strategy:NAME, document:PATH)")
    public String link(
            @Descriptor("document name") String name,
            @Descriptor("chapter id") String chapter,
            @Descriptor("link kind:reference") String target) {
        return run(() -> {
            Link l = Link.parse(target);
            StrategyStore.load(client(), name).chapter(chapter);
            LinkView v = view(l);
            if (v.state() == LinkView.State.OBJECT_MISSING || v.state() == LinkView.State.FAILED) {
                throw bad("error.dangling", "Link " + l + ": the object does not exist; nothing was changed", l.toString(), describe(v));
            }
            change(name, x -> x.withLink(chapter, l));
            return describe(v) + "\n" + (v.state() == LinkView.State.MODULE_MISSING ? texts().get("link.keptForLater") + "\n" : "");
        });
    }

    @Descriptor("Remove a link from a chapter")
    public String unlink(@Descriptor("document name") String name, @Descriptor("chapter id") String chapter,
                         @Descriptor("link kind:reference") String target) {
        return run(() -> {
            change(name, x -> x.withoutLink(chapter, Link.parse(target)));
            return texts().get("unlink.done", target, chapter) + "\n";
        });
    }

    // ------------------------------------------------------------------------------------------ lifecycle

    @Descriptor("Draft -> discussion with staff")
    public String submit(@Descriptor("document name") String name) {
        return run(() -> texts().get("lifecycle.now", name, status(change(name, StrategyDocument::submit).status())) + "\n");
    }

    @Descriptor("Discussion -> back to draft, to work in the amendments")
    public String draft(@Descriptor("document name") String name) {
        return run(() -> texts().get("lifecycle.now", name, status(change(name, StrategyDocument::backToDraft).status())) + "\n");
    }

    @Descriptor("Log an objection or amendment raised in discussion")
    public String object(@Descriptor("document name") String name, @Descriptor("author") String author,
                         @Descriptor("the objection") String... text) {
        return run(() -> {
            StrategyDocument d = change(name, x -> x.object(author, LocalDate.now(), String.join(" ", text)));
            return texts().get("object.done", d.objections().size(), author) + "\n";
        });
    }

    @Descriptor("Record how an objection was resolved")
    public String resolve(@Descriptor("document name") String name, @Descriptor("objection number") int id,
                          @Descriptor("the resolution") String... resolution) {
        return run(() -> {
            change(name, x -> x.resolve(id, String.join(" ", resolution)));
            return texts().get("resolve.done", id) + "\n";
        });
    }

    @Descriptor("Discussion -> approved by the head; the version is frozen")
    public String approve(
            @Descriptor("who approves (the head)") @Parameter(names = {"-b", "--by"}, absentValue = UNSET) String by,
            @Descriptor("approval date (default: today)") @Parameter(names = {"-d", "--date"}, absentValue = UNSET) String on,
            @Descriptor("document name") String name) {
        return run(() -> {
            Texts t = texts();
            StrategyDocument d = load(name);
            if (d.status() == Status.DISCUSSION) {
                List<String> missing = d.missingForApproval(by);
                if (!missing.isEmpty()) {
                    List<String> shown = new ArrayList<>();
                    for (String m : missing) {
                        if (m.startsWith("objection:")) {
                            shown.add(t.get("missing.objection", m.substring(10)));
                        } else if (m.startsWith("chapter:")) {
                            shown.add(t.get("missing.chapter", chapterTitle(d.chapter(m.substring(8))), m.substring(8)));
                        } else {
                            shown.add(t.get("missing." + m));
                        }
                    }
                    throw bad("error.approval", "'" + name + "' cannot be approved yet", name, "\n  " + String.join("\n  ", shown));
                }
            }
            LocalDate day = on.isEmpty() ? LocalDate.now() : date(on, "--date");
            StrategyDocument a = change(name, x -> x.approve(by, day));
            return t.get("approve.done", name, a.version(), a.approvedBy()) + "\n";
        });
    }

    @Descriptor("Start the next version of an approved document (the approved one stays frozen)")
    public String revise(@Descriptor("document name") String name) {
        return run(() -> {
            StrategyDocument d = change(name, StrategyDocument::revise);
            return texts().get("revise.done", name, d.version(), d.version() - 1) + "\n";
        });
    }

    @Descriptor("List the frozen (approved) versions and the working one")
    public String versions(@Descriptor("document name") String name) {
        return run(() -> {
            Texts t = texts();
            ClientWorkspace c = client();
            TextTable table = new TextTable(t.get("col.version"), t.get("col.status"), t.get("col.approvedBy"), t.get("col.approvedOn"))
                    .right(0);
            for (int v : StrategyStore.frozen(c, name)) {
                StrategyDocument d = StrategyStore.version(c, name, String.valueOf(v));
                table.row(v, status(d.status()), d.approvedBy(), String.valueOf(d.approvedOn()));
            }
            StrategyDocument cur = load(name);
            if (cur.status() != Status.APPROVED) {
                table.row(cur.version() + " (" + t.get("versions.current") + ")", status(cur.status()), "", "");
            }
            return table.toString();
        });
    }

    @Descriptor("Compare two versions of a document (numbers, or current)")
    public String compare(@Descriptor("document name") String name, @Descriptor("older version") String a,
                          @Descriptor("newer version") String b) {
        return run(() -> {
            Texts t = texts();
            ClientWorkspace c = client();
            List<VersionDiff.Change> changes = VersionDiff.compare(StrategyStore.version(c, name, a), StrategyStore.version(c, name, b));
            if (changes.isEmpty()) {
                return t.get("compare.same", a, b) + "\n";
            }
            TextTable table = new TextTable(t.get("col.area"), t.get("col.id"), t.get("col.change"), t.get("col.before"), t.get("col.after"));
            for (VersionDiff.Change ch : changes) {
                table.row(t.get("area." + ch.area()), ch.id(), ch.what(), cut(ch.before()), cut(ch.after()));
            }
            return t.get("compare.head", a, b, changes.size()) + "\n" + table;
        });
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 48 ? one.substring(0, 47) + "…" : one;
    }

    // ---------------------------------------------------------------------------------------------- goals

    @Descriptor("Add a goal to the goal tree")
    public String goal(
            @Descriptor("parent goal id (empty: a root goal)") @Parameter(names = {"-p", "--parent"}, absentValue = UNSET) String parent,
            @Descriptor("strategic, financial or employee") @Parameter(names = {"-k", "--kind"}, absentValue = "strategic") String kind,
            @Descriptor("owner (person or department)") @Parameter(names = {"-o", "--owner"}, absentValue = UNSET) String owner,
            @Descriptor("deadline, e.g. 2027-12-31") @Parameter(names = {"-d", "--deadline"}, absentValue = UNSET) String deadline,
            @Descriptor("target value of a measurable goal") @Parameter(names = {"-t", "--target"}, absentValue = UNSET) String target,
            @Descriptor("the plan figure it is measured by, e.g. plan:2027#revenue") @Parameter(names = {"-f", "--figure"}, absentValue = UNSET) String figure,
            @Descriptor("how we will know it is reached") @Parameter(names = {"-c", "--criterion"}, absentValue = UNSET) String criterion,
            @Descriptor("document name") String name,
            @Descriptor("goal title") String... title) {
        return run(() -> {
            GoalKind k = GoalKind.parse(kind);
            LocalDate dl = deadline.isEmpty() ? null : date(deadline, "--deadline");
            BigDecimal tg = target.isEmpty() ? null : decimal(target, "--target");
            Link fig = figure.isEmpty() ? null : Link.parse(figure);
            if (fig != null) {
                LinkView v = view(fig);
                if (v.state() == LinkView.State.OBJECT_MISSING || v.state() == LinkView.State.FAILED) {
                    throw bad("error.dangling", "Link " + fig + ": the object does not exist; nothing was changed", fig.toString(), describe(v));
                }
            }
            StrategyDocument d = change(name, x -> x.withGoal(parent, k, String.join(" ", title), owner, dl, tg, fig, criterion));
            Goal g = d.goals().get(d.goals().size() - 1);
            return texts().get("goal.done", g.id(), g.title()) + "\n";
        });
    }

    /** The goal's current value: the linked plan figure when it resolves, else the recorded one. */
    Optional<BigDecimal> current(Goal g) {
        if (g.figure() != null) {
            LinkView v = view(g.figure());
            if (v.state() == LinkView.State.OK && v.target().figure() != null) {
                return Optional.of(v.target().figure());
            }
        }
        return Optional.ofNullable(g.achieved());
    }

    @Descriptor("Show the goal tree: owners, deadlines, progress and what is left")
    public String goals(@Descriptor("document name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = formats();
            StrategyDocument d = load(name);
            TextTable table = new TextTable(t.get("col.id"), t.get("col.goal"), t.get("col.kind"), t.get("col.owner"), t.get("col.deadline"),
                    t.get("col.target"), t.get("col.current"), t.get("col.progress"), t.get("col.left")).right(5, 6, 7, 8);
            for (Goal root : d.children("")) {
                tree(d, root, 0, table, f, t);
            }
            StringBuilder sb = new StringBuilder(table.toString());
            for (Goal g : d.goals()) {
                if (g.figure() != null) {
                    sb.append(g.id()).append(": ").append(describe(view(g.figure()))).append('\n');
                }
            }
            return sb.toString();
        });
    }

    private void tree(StrategyDocument d, Goal g, int depth, TextTable table, Formats f, Texts t) {
        Optional<BigDecimal> cur = current(g);
        String progress = g.measurable() && cur.isPresent() && g.target().signum() != 0
                ? f.percent(cur.get().divide(g.target(), MathContext.DECIMAL64)) : "-";
        table.row(g.id(), "  ".repeat(depth) + (g.done() ? "✓ " : "") + g.title(), t.get("kind." + g.kind().name().toLowerCase(Locale.ROOT)),
                g.owner(), g.deadline() == null ? "" : g.deadline().toString(), g.target() == null ? "" : f.amount(g.target(), 2),
                cur.map(v -> f.amount(v, 2)).orElse(""), progress, f.count(d.remaining(g.id()).size()));
        for (Goal c : d.children(g.id())) {
            tree(d, c, depth + 1, table, f, t);
        }
    }

    @Descriptor("Record a goal's achieved value, or mark it done with -x")
    public String progress(
            @Descriptor("mark the goal done") @Parameter(names = {"-x", "--done"}, presentValue = "true", absentValue = "false") boolean done,
            @Descriptor("document name") String name, @Descriptor("goal id") String goal,
            @Descriptor("achieved value (optional with -x)") String... value) {
        return run(() -> {
            BigDecimal v = value.length == 0 ? null : decimal(value[0], "value");
            change(name, x -> x.mapGoal(goal, g -> {
                Goal y = v == null ? g : g.withAchieved(v);
                return done ? y.withDone(true) : y;
            }));
            return texts().get("progress.done", goal) + "\n";
        });
    }

    // -------------------------------------------------------------------------------------------- actions

    static List<ControlPoint> points(String text) {
        List<ControlPoint> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw bad("error.controlPoint", "Control point '" + part + "': write DATE=criterion, e.g. 2027-03-31=10 new clients", part);
            }
            out.add(new ControlPoint(date(part.substring(0, eq), "--control"), part.substring(eq + 1).strip(), false));
        }
        return out;
    }

    @Descriptor("Add a step to the action plan")
    public String action(
            @Descriptor("owner (person or department)") @Parameter(names = {"-o", "--owner"}, absentValue = UNSET) String owner,
            @Descriptor("deadline, e.g. 2027-06-30") @Parameter(names = {"-d", "--deadline"}, absentValue = UNSET) String deadline,
            @Descriptor("control points DATE=criterion;DATE=criterion") @Parameter(names = {"-c", "--control"}, absentValue = UNSET) String control,
            @Descriptor("document name") String name,
            @Descriptor("what to do") String... title) {
        return run(() -> {
            LocalDate dl = deadline.isEmpty() ? null : date(deadline, "--deadline");
            List<ControlPoint> cps = points(control);
            StrategyDocument d = change(name, x -> x.withAction(String.join(" ", title), owner, dl, cps, List.of()));
            Action a = d.actions().get(d.actions().size() - 1);
            return texts().get("action.done", a.id(), a.title()) + "\n";
        });
    }

    @Descriptor("Show the action plan: owners, deadlines, control points, status and where each step comes from")
    public String actions(@Descriptor("document name") String name) {
        return run(() -> {
            Texts t = texts();
            StrategyDocument d = load(name);
            LocalDate today = LocalDate.now();
            TextTable table = new TextTable(t.get("col.id"), t.get("col.action"), t.get("col.owner"), t.get("col.deadline"),
                    t.get("col.status"), t.get("col.controlPoints"), t.get("col.sources"));
            for (Action a : d.actions()) {
                long reached = a.controlPoints().stream().filter(ControlPoint::reached).count();
                boolean late = a.deadline() != null && a.deadline().isBefore(today)
                        && a.status() != ActionStatus.DONE && a.status() != ActionStatus.CANCELLED;
                table.row(a.id(), a.title(), a.owner(), a.deadline() == null ? "" : a.deadline() + (late ? " !" : ""),
                        t.get("action." + a.status().name().toLowerCase(Locale.ROOT)),
                        a.controlPoints().isEmpty() ? "" : reached + "/" + a.controlPoints().size(),
                        String.join(" ", a.sources().stream().map(Link::toString).toList()));
            }
            return table.toString();
        });
    }

    @Descriptor("Set a step's status: planned, in-progress, done, overdue, cancelled")
    public String status(@Descriptor("document name") String name, @Descriptor("action id") String action,
                         @Descriptor("new status") String status) {
        return run(() -> {
            ActionStatus s = ActionStatus.parse(status);
            change(name, x -> x.mapAction(action, a -> a.withStatus(s)));
            return texts().get("status.done", action, texts().get("action." + s.name().toLowerCase(Locale.ROOT))) + "\n";
        });
    }

    @Descriptor("Mark a control point of a step as reached (or add one with -a)")
    public String checkpoint(
            @Descriptor("add this criterion as a new control point on DATE") @Parameter(names = {"-a", "--add"}, absentValue = UNSET) String add,
            @Descriptor("document name") String name, @Descriptor("action id") String action,
            @Descriptor("control point date") String day) {
        return run(() -> {
            LocalDate on = date(day, "date");
            change(name, x -> x.mapAction(action, a -> {
                List<ControlPoint> cps = new ArrayList<>(a.controlPoints());
                if (!add.isEmpty()) {
                    cps.add(new ControlPoint(on, add, false));
                    return a.withControlPoints(cps);
                }
                boolean found = false;
                for (int i = 0; i < cps.size(); i++) {
                    if (cps.get(i).date().equals(on)) {
                        cps.set(i, new ControlPoint(on, cps.get(i).criterion(), true));
                        found = true;
                    }
                }
                if (!found) {
                    throw bad("error.noControlPoint", "Action " + action + " has no control point on " + on, action, on.toString());
                }
                return a.withControlPoints(cps);
            }));
            return texts().get("checkpoint.done", action, on.toString()) + "\n";
        });
    }

    @Descriptor("Show the readiness checklist, or set one area: readiness NAME AREA yes|no [note]")
    public String readiness(@Descriptor("document name") String name, @Descriptor("area, yes|no, note") String... args) {
        return run(() -> {
            Texts t = texts();
            StrategyDocument d;
            if (args.length >= 2) {
                ReadinessArea area = ReadinessArea.parse(args[0]);
                boolean ready = switch (args[1].toLowerCase(Locale.ROOT)) {
                    case "yes", "y", "true", "да", "是" -> true;
                    case "no", "n", "false", "нет", "否" -> false;
                    default -> throw bad("error.yesNo", "'" + args[1] + "': answer yes or no", args[1]);
                };
                String note = String.join(" ", Arrays.copyOfRange(args, 2, args.length));
                d = change(name, x -> x.withReadiness(area, ready, note));
            } else if (args.length == 1) {
                throw bad("error.yesNo", "'" + args[0] + "': give the area and yes or no", args[0]);
            } else {
                d = load(name);
            }
            TextTable table = new TextTable(t.get("col.area"), t.get("col.ready"), t.get("col.note"));
            for (ReadinessItem r : d.readiness()) {
                table.row(t.get("ready." + r.area().name().toLowerCase(Locale.ROOT)), r.ready() ? "✓" : "-", r.note());
            }
            long ready = d.readiness().stream().filter(ReadinessItem::ready).count();
            return table + t.get("readiness.summary", ready, d.readiness().size()) + "\n";
        });
    }

    @Descriptor("Add a risk to the register")
    public String risk(
            @Descriptor("budget-overrun, schedule-overrun, staff-shortage, other") @Parameter(names = {"-k", "--kind"}, absentValue = "other") String kind,
            @Descriptor("probability 1-5") @Parameter(names = {"-p", "--probability"}, absentValue = "3") String probability,
            @Descriptor("impact 1-5") @Parameter(names = {"-i", "--impact"}, absentValue = "3") String impact,
            @Descriptor("mitigation") @Parameter(names = {"-m", "--mitigation"}, absentValue = UNSET) String mitigation,
            @Descriptor("owner") @Parameter(names = {"-o", "--owner"}, absentValue = UNSET) String owner,
            @Descriptor("document name") String name,
            @Descriptor("the risk") String... text) {
        return run(() -> {
            RiskKind k = RiskKind.parse(kind);
            int p = integer(probability, "--probability");
            int i = integer(impact, "--impact");
            StrategyDocument d = change(name, x -> x.withRisk(k, String.join(" ", text), p, i, mitigation, owner));
            return texts().get("risk.done", d.risks().size()) + "\n";
        });
    }

    @Descriptor("Show the risk register, highest exposure first")
    public String risks(@Descriptor("document name") String name) {
        return run(() -> {
            Texts t = texts();
            TextTable table = new TextTable(t.get("col.id"), t.get("col.kind"), t.get("col.risk"), t.get("col.probability"),
                    t.get("col.impact"), t.get("col.exposure"), t.get("col.mitigation"), t.get("col.owner")).right(0, 3, 4, 5);
            load(name).risks().stream().sorted((a, b) -> Integer.compare(b.exposure(), a.exposure())).forEach((Risk r) ->
                    table.row(r.id(), t.get("risk." + r.kind().name().toLowerCase(Locale.ROOT)), r.text(), r.probability(),
                            r.impact(), r.exposure(), r.mitigation(), r.owner()));
            return table.toString();
        });
    }

    // ----------------------------------------------------------------------------------------- engagement

    @Descriptor("Plan the consulting engagement from a start date, or show it: Gantt view and warnings")
    public String engagement(
            @Descriptor("start date, e.g. 2027-02-01") @Parameter(names = {"-s", "--start"}, absentValue = UNSET) String start,
            @Descriptor("weeks of stages 1-4, e.g. 3,6,6,13") @Parameter(names = {"-w", "--weeks"}, absentValue = UNSET) String weeks,
            @Descriptor("days of preliminary diagnostics (1-3)") @Parameter(names = {"-d", "--diagnostics"}, absentValue = UNSET) String days,
            @Descriptor("document name") String name) {
        return run(() -> {
            StrategyDocument d = load(name);
            EngagementPlan plan = d.engagement();
            if (!start.isEmpty() || !weeks.isEmpty() || !days.isEmpty()) {
                LocalDate s = !start.isEmpty() ? date(start, "--start") : plan != null ? plan.start() : null;
                if (s == null) {
                    throw bad("error.engagementStart", "The engagement plan needs a start date (2026-03-02)");
                }
                EngagementPlan base = EngagementPlan.standard(s);
                if (plan != null) {
                    base = new EngagementPlan(s, plan.diagnosticsDays(), plan.stages());
                }
                if (!days.isEmpty()) {
                    base = new EngagementPlan(s, integer(days, "--diagnostics"), base.stages());
                }
                if (!weeks.isEmpty()) {
                    String[] parts = weeks.split(",");
                    if (parts.length != 4) {
                        throw bad("error.stageCount", "The engagement has four stages, not " + parts.length, parts.length);
                    }
                    int[] w = new int[4];
                    for (int i = 0; i < 4; i++) {
                        w[i] = integer(parts[i], "--weeks");
                    }
                    base = base.withWeeks(w);
                }
                EngagementPlan fin = base;
                d = change(name, x -> x.withEngagement(fin));
                plan = fin;
            }
            if (plan == null) {
                throw bad("error.noEngagement", "'" + name + "' has no engagement plan yet; give a start date with -s", name);
            }
            return gantt(plan);
        });
    }

    String gantt(EngagementPlan plan) {
        Texts t = texts();
        TextTable table = new TextTable(t.get("col.stage"), t.get("col.start"), t.get("col.end"), t.get("col.duration"), t.get("col.gantt"));
        for (EngagementPlan.Bar b : plan.schedule()) {
            long offset = ChronoUnit.DAYS.between(plan.start(), b.start()) / 7;
            long len = Math.max(1, b.days() / 7);
            String duration = b.stage() == 0 ? t.get("eng.days", b.days()) : t.get("eng.weeks", b.days() / 7);
            table.row(t.get("eng.stage" + b.stage()), b.start(), b.end(), duration, " ".repeat((int) offset) + "█".repeat((int) len));
        }
        StringBuilder sb = new StringBuilder(table.toString());
        for (EngagementPlan.Stage s : plan.stages()) {
            sb.append(t.get("eng.stage" + s.number())).append(": ")
                    .append(t.get("eng.formats")).append(' ').append(String.join(", ", s.formats().stream().map(x -> term(t, x)).toList()))
                    .append("; ").append(t.get("eng.results")).append(' ')
                    .append(String.join(", ", s.results().stream().map(x -> term(t, x)).toList())).append('\n');
        }
        sb.append(t.get("eng.total", plan.developmentEnd(), String.format(Locale.ROOT, "%.1f", plan.developmentMonths()), plan.end()))
                .append('\n');
        for (EngagementPlan.Warning w : plan.warnings()) {
            sb.append(t.get("eng.warn." + w.code(), w.args().toArray())).append('\n');
        }
        sb.append(t.get("eng.deliverables")).append('\n');
        return sb.toString();
    }

    private static String term(Texts t, String code) {
        String s = t.get("term." + code);
        return s.startsWith("!") ? code : s;
    }

    // ------------------------------------------------------------------------------------------ templates

    @Descriptor("List the templates and checklists the running bundles contribute")
    public String templates(@Descriptor("only this kind, e.g. checklist or strategy") @Parameter(names = {"-k", "--kind"}, absentValue = UNSET) String kind) {
        return run(() -> {
            Texts t = texts();
            Locale l = Locale.getDefault();
            TextTable table = new TextTable(t.get("col.id"), t.get("col.kind"), t.get("col.title"), t.get("col.languages"), t.get("col.bundle"));
            new TreeMap<>(templates).values().stream().filter(c -> kind.isEmpty() || c.template().kind().equals(kind)).forEach(c ->
                    table.row(c.template().id(), c.template().kind(), c.template().title(l),
                            String.join(",", c.template().locales().stream().map(Locale::getLanguage).sorted().toList()), c.bundle()));
            return table.toString();
        });
    }

    @Descriptor("Print a template in the program's language (data templates as a checklist)")
    public String template(@Descriptor("template id") String id) {
        return run(() -> {
            DocumentTemplate tp = contributed(id).template();
            Locale l = Locale.getDefault();
            return "# " + tp.title(l) + "\n\n" + TemplateText.markdown(tp.content(l)).replaceFirst("^# [^\n]*\n", "");
        });
    }

    @Descriptor("Add a template or checklist to a document as a chapter of a horizon")
    public String apply(
            @Descriptor("horizon: long, medium, operational") @Parameter(names = {"-h", "--horizon"}, absentValue = "operational") String horizon,
            @Descriptor("document name") String name, @Descriptor("template id") String id) {
        return run(() -> {
            Horizon h = Horizon.parse(horizon);
            contributed(id);
            change(name, x -> applyTemplate(x, id, h));
            return texts().get("apply.done", id, name) + "\n";
        });
    }
}
