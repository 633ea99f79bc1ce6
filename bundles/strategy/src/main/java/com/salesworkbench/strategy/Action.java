package com.salesworkbench.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * A step of the action plan: owner (person or department), deadline, control points, status. {@code sources}
 * are links back to what motivated it (SWOT items {@code swot:board#item}, a TOWS strategy
 * {@code swot:board@strategy}).
 */
public record Action(String id, String title, String owner, LocalDate deadline, List<ControlPoint> controlPoints,
                     ActionStatus status, List<Link> sources) {

    public Action {
        owner = owner == null ? "" : owner;
        controlPoints = controlPoints == null ? List.of() : List.copyOf(controlPoints);
        status = status == null ? ActionStatus.PLANNED : status;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Action withStatus(ActionStatus s) {
        return new Action(id, title, owner, deadline, controlPoints, s, sources);
    }

    public Action withControlPoints(List<ControlPoint> points) {
        return new Action(id, title, owner, deadline, points, status, sources);
    }
}
