package com.salesworkbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.workspace.ClientWorkspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoalsAndLinksTest {

    @Test
    void goalTreeShowsWhatIsLeft() {
        StrategyDocument d = StrategyDocument.create("s", "S", "2027")
                .withGoal("", GoalKind.STRATEGIC, "30 offices in 5 years", "CEO", LocalDate.of(2031, 12, 31), new BigDecimal("30"), null, "offices open")
                .withGoal("g1", GoalKind.FINANCIAL, "Revenue 2027", "CFO", LocalDate.of(2027, 12, 31), new BigDecimal("1000000"),
                        Link.parse("plan:2027#revenue"), "")
                .withGoal("g1", GoalKind.EMPLOYEE, "Kazan office opened", "Petrova", LocalDate.of(2027, 6, 30), null, null, "")
                .withGoal("g3", GoalKind.EMPLOYEE, "Lease signed", "Petrova", LocalDate.of(2027, 3, 1), null, null, "");
        assertEquals(List.of("g2", "g3"), d.children("g1").stream().map(Goal::id).toList());
        assertEquals(4, d.remaining("g1").size());
        StrategyDocument e = d.mapGoal("g4", g -> g.withDone(true));
        assertEquals(List.of("g1", "g2", "g3"), e.remaining("g1").stream().map(Goal::id).toList());
        assertEquals(List.of("g3"), e.remaining("g3").stream().map(Goal::id).toList());
        assertEquals("error.noGoal", assertThrows(StrategyException.class,
                () -> d.withGoal("g9", GoalKind.EMPLOYEE, "x", "", null, null, null, "")).key());
        assertEquals("error.figureWithoutTarget", assertThrows(StrategyException.class,
                () -> d.withGoal("", GoalKind.FINANCIAL, "x", "", null, null, Link.parse("plan:2027#x"), "")).key());
        assertTrue(d.links().contains(Link.parse("plan:2027#revenue")));
    }

    @Test
    void linksResolveThroughServicesAndNeverThrow() {
        LinkResolver plans = new LinkResolver() {
            @Override
            public String kind() {
                return "plan";
            }

            @Override
            public Optional<Target> resolve(ClientWorkspace client, String ref) {
                if (ref.equals("broken")) {
                    throw new IllegalStateException("plan file unreadable");
                }
                return ref.equals("2027#revenue") ? Optional.of(new Target("Revenue 2027", "", new BigDecimal("640000"))) : Optional.empty();
            }
        };
        Map<String, LinkResolver> r = Map.of("plan", plans);
        LinkView ok = LinkView.resolve(Link.parse("plan:2027#revenue"), r, null);
        assertEquals(LinkView.State.OK, ok.state());
        assertEquals(new BigDecimal("640000"), ok.target().figure());
        assertEquals(LinkView.State.OBJECT_MISSING, LinkView.resolve(Link.parse("plan:2026#revenue"), r, null).state());
        LinkView failed = LinkView.resolve(Link.parse("plan:broken"), r, null);
        assertEquals(LinkView.State.FAILED, failed.state());
        assertEquals("plan file unreadable", failed.problem());
        LinkView module = LinkView.resolve(Link.parse("scheme:bonus-2027"), r, null);
        assertEquals(LinkView.State.MODULE_MISSING, module.state());
        assertEquals("scheme", module.problem());

        Map<Link, LinkView> all = LinkView.resolveAll(List.of(Link.parse("plan:2027#revenue"), Link.parse("plan:broken"),
                Link.parse("plan:2026#revenue"), Link.parse("scheme:bonus-2027")), r, null);
        assertEquals(LinkView.State.OK, all.get(Link.parse("plan:2027#revenue")).state());
        assertEquals(LinkView.State.FAILED, all.get(Link.parse("plan:broken")).state());
        assertEquals(LinkView.State.OBJECT_MISSING, all.get(Link.parse("plan:2026#revenue")).state());
        assertEquals(LinkView.State.MODULE_MISSING, all.get(Link.parse("scheme:bonus-2027")).state());
    }

    @Test
    void badLinksAreRefused() {
        assertEquals("error.link", assertThrows(StrategyException.class, () -> Link.parse("nolink")).key());
        assertEquals("error.link", assertThrows(StrategyException.class, () -> Link.parse("plan:")).key());
        assertEquals("error.link", assertThrows(StrategyException.class, () -> Link.parse("Plan X:y")).key());
        assertEquals(new Link("swot", "main#S1"), Link.parse("swot:main#S1"));
    }

    @Test
    void actionsKeepControlPointsAndStatus() {
        StrategyDocument d = StrategyDocument.create("s", "S", "2027").withAction("Train sellers", "HR", LocalDate.of(2027, 4, 1),
                List.of(new ControlPoint(LocalDate.of(2027, 3, 1), "half trained", false)), List.of());
        Action a = d.mapAction("a1", x -> x.withStatus(ActionStatus.DONE)).action("a1");
        assertEquals(ActionStatus.DONE, a.status());
        assertEquals(1, a.controlPoints().size());
        assertEquals(ActionStatus.IN_PROGRESS, ActionStatus.parse("in-progress"));
        assertEquals("error.actionStatus", assertThrows(StrategyException.class, () -> ActionStatus.parse("finished")).key());
        assertEquals("error.riskScale", assertThrows(StrategyException.class,
                () -> d.withRisk(RiskKind.BUDGET_OVERRUN, "x", 6, 1, "", "")).key());
        assertEquals(12, d.withRisk(RiskKind.STAFF_SHORTAGE, "x", 3, 4, "", "").risks().get(0).exposure());
        assertTrue(d.withReadiness(ReadinessArea.STAFF_SKILLS, true, "trained").readiness().stream()
                .anyMatch(r -> r.area() == ReadinessArea.STAFF_SKILLS && r.ready()));
    }
}
