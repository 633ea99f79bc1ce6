package com.salesworkbench.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A strategy document: horizons with their chapters, the objections log, goals, the action plan, the readiness
 * checklist, the risk register and the engagement plan. Immutable: every change returns a new document, so a
 * refused change leaves the old one as it was. Lifecycle: {@code DRAFT -> DISCUSSION -> APPROVED}; discussion
 * can go back to draft for amendments; an approved version is frozen and {@link #revise()} starts the next one.
 * {@code period} is the plan period it covers ({@code 2027}, {@code 2027-H1}, {@code 2027-Q1}).
 */
public record StrategyDocument(String name, String title, String period, Status status, int version,
                               List<Chapter> chapters, List<Objection> objections, List<Goal> goals,
                               List<Action> actions, List<ReadinessItem> readiness, List<Risk> risks,
                               EngagementPlan engagement, String approvedBy, LocalDate approvedOn, String template) {

    public StrategyDocument {
        period = period == null ? "" : period;
        status = status == null ? Status.DRAFT : status;
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
        objections = objections == null ? List.of() : List.copyOf(objections);
        goals = goals == null ? List.of() : List.copyOf(goals);
        actions = actions == null ? List.of() : List.copyOf(actions);
        readiness = readiness == null ? List.of() : List.copyOf(readiness);
        risks = risks == null ? List.of() : List.copyOf(risks);
        approvedBy = approvedBy == null ? "" : approvedBy;
        template = template == null ? "" : template;
    }

    /** A new draft with every fixed chapter (empty) and the readiness checklist (nothing ready yet). */
    public static StrategyDocument create(String name, String title, String period) {
        List<Chapter> chapters = new ArrayList<>();
        for (Horizon h : Horizon.values()) {
            for (String id : h.fixedChapters()) {
                chapters.add(new Chapter(id, h, "", "", List.of()));
            }
        }
        List<ReadinessItem> ready = new ArrayList<>();
        for (ReadinessArea a : ReadinessArea.values()) {
            ready.add(new ReadinessItem(a, false, ""));
        }
        return new StrategyDocument(name, title, period, Status.DRAFT, 1, chapters, List.of(), List.of(), List.of(),
                ready, List.of(), null, "", null, "");
    }

    private StrategyDocument with(Status s, int v, List<Chapter> c, List<Objection> o, List<Goal> g, List<Action> a,
                                  List<ReadinessItem> r, List<Risk> k, EngagementPlan e, String by, LocalDate on) {
        return new StrategyDocument(name, title, period, s, v, c, o, g, a, r, k, e, by, on, template);
    }

    private StrategyDocument edit() {
        if (status == Status.APPROVED) {
            throw new StrategyException("error.frozen", "Version " + version + " of '" + name
                    + "' is approved and frozen; start the next version with strategy:revise", name, version);
        }
        return this;
    }

    public StrategyDocument withPeriod(String p) {
        edit();
        return new StrategyDocument(name, title, p, status, version, chapters, objections, goals, actions, readiness, risks,
                engagement, approvedBy, approvedOn, template);
    }

    public StrategyDocument withTemplate(String id) {
        return new StrategyDocument(name, title, period, status, version, chapters, objections, goals, actions, readiness, risks,
                engagement, approvedBy, approvedOn, id);
    }

    // ------------------------------------------------------------------------------------------- chapters

    public Chapter chapter(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new StrategyException(
                "error.noChapter", "No chapter '" + id + "' in '" + name + "'", id, name));
    }

    private StrategyDocument mapChapter(String id, UnaryOperator<Chapter> f) {
        chapter(id);
        List<Chapter> c = new ArrayList<>(chapters.size());
        for (Chapter x : chapters) {
            c.add(x.id().equals(id) ? f.apply(x) : x);
        }
        return edit().with(status, version, c, objections, goals, actions, readiness, risks, engagement, approvedBy, approvedOn);
    }

    public StrategyDocument withChapterText(String id, String text) {
        return mapChapter(id, c -> c.withText(text));
    }

    public StrategyDocument withLink(String chapterId, Link link) {
        return mapChapter(chapterId, c -> {
            List<Link> l = new ArrayList<>(c.links());
            if (!l.contains(link)) {
                l.add(link);
            }
            return c.withLinks(l);
        });
    }

    public StrategyDocument withoutLink(String chapterId, Link link) {
        return mapChapter(chapterId, c -> {
            List<Link> l = new ArrayList<>(c.links());
            if (!l.remove(link)) {
                throw new StrategyException("error.noLink", "Chapter '" + chapterId + "' has no link " + link, chapterId, link);
            }
            return c.withLinks(l);
        });
    }

    /** Adds a chapter of the consultant's own at the end of a horizon; its id is {@code custom-N}. */
    public StrategyDocument withChapter(Horizon h, String chapterTitle, String text) {
        edit();
        if (chapterTitle == null || chapterTitle.isBlank()) {
            throw new StrategyException("error.chapterTitle", "A chapter of your own needs a title");
        }
        String id = "custom-" + next(chapters.stream().map(Chapter::id).toList(), "custom-");
        List<Chapter> c = new ArrayList<>(chapters);
        int at = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).horizon().ordinal() <= h.ordinal()) {
                at = i + 1;
            }
        }
        c.add(at, new Chapter(id, h, chapterTitle, text, List.of()));
        return with(status, version, c, objections, goals, actions, readiness, risks, engagement, approvedBy, approvedOn);
    }

    static int next(List<String> ids, String prefix) {
        int max = 0;
        for (String id : ids) {
            if (id.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        return max + 1;
    }

    /** Every link of every chapter, goal figure and action source. */
    public List<Link> links() {
        List<Link> l = new ArrayList<>();
        chapters.forEach(c -> l.addAll(c.links()));
        goals.stream().filter(g -> g.figure() != null).forEach(g -> l.add(g.figure()));
        actions.forEach(a -> l.addAll(a.sources()));
        return l;
    }

    // ------------------------------------------------------------------------------------------ lifecycle

    private StrategyException transition(Status to) {
        return new StrategyException("error.transition", "'" + name + "' is " + status.name().toLowerCase()
                + " and cannot go to " + to.name().toLowerCase(), name, status.name().toLowerCase(), to.name().toLowerCase());
    }

    /** Draft -> discussion with staff. */
    public StrategyDocument submit() {
        if (status != Status.DRAFT) {
            throw transition(Status.DISCUSSION);
        }
        return with(Status.DISCUSSION, version, chapters, objections, goals, actions, readiness, risks, engagement, "", null);
    }

    /** Discussion -> draft, to work the amendments in. */
    public StrategyDocument backToDraft() {
        if (status != Status.DISCUSSION) {
            throw transition(Status.DRAFT);
        }
        return with(Status.DRAFT, version, chapters, objections, goals, actions, readiness, risks, engagement, "", null);
    }

    /** Logs an objection or amendment; only while the document is in discussion. */
    public StrategyDocument object(String author, LocalDate on, String text) {
        if (status != Status.DISCUSSION) {
            throw new StrategyException("error.notInDiscussion", "Objections are logged while '" + name
                    + "' is in discussion; it is " + status.name().toLowerCase(), name, status.name().toLowerCase());
        }
        if (author == null || author.isBlank() || text == null || text.isBlank()) {
            throw new StrategyException("error.objection", "An objection needs an author and a text");
        }
        List<Objection> o = new ArrayList<>(objections);
        o.add(new Objection(objections.size() + 1, author.strip(), on, text.strip(), ""));
        return with(status, version, chapters, o, goals, actions, readiness, risks, engagement, approvedBy, approvedOn);
    }

    public StrategyDocument resolve(int objectionId, String resolution) {
        edit();
        if (objectionId < 1 || objectionId > objections.size()) {
            throw new StrategyException("error.noObjection", "No objection " + objectionId + " in '" + name + "'", objectionId, name);
        }
        if (resolution == null || resolution.isBlank()) {
            throw new StrategyException("error.resolution", "Objection " + objectionId + ": the resolution is empty", objectionId);
        }
        List<Objection> o = new ArrayList<>(objections);
        Objection x = o.get(objectionId - 1);
        o.set(objectionId - 1, new Objection(x.id(), x.author(), x.raised(), x.text(), resolution.strip()));
        return with(status, version, chapters, o, goals, actions, readiness, risks, engagement, approvedBy, approvedOn);
    }

    /** What approval still lacks: codes {@code approver}, {@code period}, {@code objection:N}, {@code chapter:ID}. */
    public List<String> missingForApproval(String head) {
        List<String> m = new ArrayList<>();
        if (head == null || head.isBlank()) {
            m.add("approver");
        }
        if (period.isBlank()) {
            m.add("period");
        }
        objections.stream().filter(Objection::open).forEach(o -> m.add("objection:" + o.id()));
        chapters.stream().filter(c -> c.fixed() && c.empty()).forEach(c -> m.add("chapter:" + c.id()));
        return m;
    }

    /** Discussion -> approved by the head; refused while any required field is missing. */
    public StrategyDocument approve(String head, LocalDate on) {
        if (status != Status.DISCUSSION) {
            throw transition(Status.APPROVED);
        }
        List<String> missing = missingForApproval(head);
        if (!missing.isEmpty()) {
            throw new StrategyException("error.approval", "'" + name + "' cannot be approved yet; missing: "
                    + String.join(", ", missing), name, String.join(", ", missing));
        }
        return with(Status.APPROVED, version, chapters, objections, goals, actions, readiness, risks, engagement, head.strip(), on);
    }

    /** Approved -> the next version as a draft (the approved one stays frozen where it was saved). */
    public StrategyDocument revise() {
        if (status != Status.APPROVED) {
            throw new StrategyException("error.reviseNotApproved", "Only an approved version is revised; '" + name + "' is "
                    + status.name().toLowerCase(), name, status.name().toLowerCase());
        }
        return with(Status.DRAFT, version + 1, chapters, List.of(), goals, actions, readiness, risks, engagement, "", null);
    }

    // ---------------------------------------------------------------------------------------------- goals

    public Goal goal(String id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(() -> new StrategyException(
                "error.noGoal", "No goal '" + id + "' in '" + name + "'", id, name));
    }

    /** Adds a goal (id {@code gN}); a non-empty parent must exist. Returns the document; the new id is the last goal's. */
    public StrategyDocument withGoal(String parent, GoalKind kind, String goalTitle, String owner, LocalDate deadline,
                                     BigDecimal target, Link figure, String criterion) {
        edit();
        if (parent != null && !parent.isBlank()) {
            goal(parent);
        }
        if (goalTitle == null || goalTitle.isBlank()) {
            throw new StrategyException("error.goalTitle", "A goal needs a title");
        }
        if (figure != null && target == null) {
            throw new StrategyException("error.figureWithoutTarget", "A goal linked to a plan figure needs a target (-t)");
        }
        List<Goal> g = new ArrayList<>(goals);
        g.add(new Goal("g" + next(goals.stream().map(Goal::id).toList(), "g"), parent, kind, goalTitle.strip(), owner, deadline,
                target, null, figure, criterion, false));
        return with(status, version, chapters, objections, g, actions, readiness, risks, engagement, approvedBy, approvedOn);
    }

    public StrategyDocument mapGoal(String id, UnaryOperator<Goal> f) {
        goal(id);
        edit();
        List<Goal> g = new ArrayList<>(goals.size());
        for (Goal x : goals) {
            g.add(x.id().equals(id) ? f.apply(x) : x);
        }
        return with(status, version, chapters, objections, g, actions, readiness, risks, engagement, approvedBy, approvedOn);
    }

    public List<Goal> children(String id) {
        return goals.stream().filter(g -> g.parent().equals(id)).toList();
    }

    /** Goals under {@code id} (the goal itself included) that are not done yet: what is left. */
    public List<Goal> remaining(String id) {
        List<Goal> out = new ArrayList<>();
        Goal g = goal(id);
        if (!g.done()) {
            out.add(g);
        }
        for (Goal c : children(id)) {
            out.addAll(remaining(c.id()));
        }
        return out;
    }

    // -------------------------------------------------------------------------------------------- actions

    public Action action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new StrategyException(
                "error.noAction", "No action '" + id + "' in '" + name + "'", id, name));
    }

    /** Adds an action (id {@code aN}). */
    public StrategyDocument withAction(String actionTitle, String owner, LocalDate deadline, List<ControlPoint> points,
                                       List<Link> sources) {
        edit();
        if (actionTitle == null || actionTitle.isBlank()) {
            throw new StrategyException("error.actionTitle", "An action needs a title");
        }
        List<Action> a = new ArrayList<>(actions);
        a.add(new Action("a" + next(actions.stream().map(Action::id).toList(), "a"), actionTitle.strip(), owner, deadline,
                points, ActionStatus.PLANNED, sources));
        return with(status, version, chapters, objections, goals, a, readiness, risks, engagement, approvedBy, approvedOn);
    }

    public StrategyDocument mapAction(String id, UnaryOperator<Action> f) {
        action(id);
        edit();
        List<Action> a = new ArrayList<>(actions.size());
        for (Action x : actions) {
            a.add(x.id().equals(id) ? f.apply(x) : x);
        }
        return with(status, version, chapters, objections, goals, a, readiness, risks, engagement, approvedBy, approvedOn);
    }

    /** Actions whose sources link to {@code link} (e.g. every action a SWOT item motivated). */
    public List<Action> actionsFrom(Link link) {
        return actions.stream().filter(a -> a.sources().contains(link)).toList();
    }

    // ------------------------------------------------------------------------------- readiness, risks, engagement

    public StrategyDocument withReadiness(ReadinessArea area, boolean ready, String note) {
        edit();
        List<ReadinessItem> r = new ArrayList<>();
        Set<ReadinessArea> seen = EnumSet.noneOf(ReadinessArea.class);
        for (ReadinessItem x : readiness) {
            r.add(x.area() == area ? new ReadinessItem(area, ready, note) : x);
            seen.add(x.area());
        }
        if (!seen.contains(area)) {
            r.add(new ReadinessItem(area, ready, note));
        }
        return with(status, version, chapters, objections, goals, actions, r, risks, engagement, approvedBy, approvedOn);
    }

    public StrategyDocument withRisk(RiskKind kind, String text, int probability, int impact, String mitigation, String owner) {
        edit();
        List<Risk> r = new ArrayList<>(risks);
        r.add(new Risk(risks.size() + 1, kind, text, probability, impact, mitigation, owner));
        return with(status, version, chapters, objections, goals, actions, readiness, r, engagement, approvedBy, approvedOn);
    }

    public StrategyDocument withEngagement(EngagementPlan plan) {
        edit();
        return with(status, version, chapters, objections, goals, actions, readiness, risks, plan, approvedBy, approvedOn);
    }
}
