package com.salesworkbench.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A node of the goal tree. {@code parent} is the id of the goal it decomposes (empty for a root). A measurable
 * goal has a {@code target}; its progress comes from the linked plan {@code figure} (when the planning module
 * resolves it) or from the recorded {@code achieved} value. {@code criterion} answers "how will we know".
 */
public record Goal(String id, String parent, GoalKind kind, String title, String owner, LocalDate deadline,
                   BigDecimal target, BigDecimal achieved, Link figure, String criterion, boolean done) {

    public Goal {
        parent = parent == null ? "" : parent;
        owner = owner == null ? "" : owner;
        criterion = criterion == null ? "" : criterion;
    }

    public boolean measurable() {
        return target != null;
    }

    public Goal withDone(boolean d) {
        return new Goal(id, parent, kind, title, owner, deadline, target, achieved, figure, criterion, d);
    }

    public Goal withAchieved(BigDecimal a) {
        return new Goal(id, parent, kind, title, owner, deadline, target, a, figure, criterion, done);
    }
}
