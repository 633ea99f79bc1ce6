package com.salesworkbench.planning;

import com.salesworkbench.api.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The budget is fixed once approved; the forecast beside it keeps moving, and every forecast revision
 * records why (a foreseeable or an unforeseeable event). Seed 002, "forecast vs budget".
 */
public final class Budget {

    public enum Reason {
        FORESEEABLE, UNFORESEEABLE
    }

    public record Revision(YearMonth month, Money from, Money to, Reason reason, String note) {
        public Revision {
            Objects.requireNonNull(reason, "reason");
            if (note == null || note.isBlank()) {
                throw new PlanningException("budget.noNote", month);
            }
        }
    }

    private final Map<YearMonth, Money> budget = new LinkedHashMap<>();
    private final Map<YearMonth, Money> forecast = new LinkedHashMap<>();
    private final List<Revision> revisions = new ArrayList<>();
    private boolean approved;

    public void setBudget(YearMonth month, Money amount) {
        if (approved) {
            throw new PlanningException("budget.frozen", month);
        }
        budget.put(month, amount);
        forecast.putIfAbsent(month, amount);
    }

    public void approve() {
        approved = true;
    }

    public boolean approved() {
        return approved;
    }

    /** Revises the forecast of a month; the reason and a note are required once the budget is approved. */
    public Revision revise(YearMonth month, Money amount, Reason reason, String note) {
        if (!budget.containsKey(month)) {
            throw new PlanningException("budget.noMonth", month);
        }
        Revision r = new Revision(month, forecast.get(month), amount, reason, note);
        forecast.put(month, amount);
        revisions.add(r);
        return r;
    }

    public Money budget(YearMonth month) {
        return budget.get(month);
    }

    public Money forecast(YearMonth month) {
        return forecast.get(month);
    }

    /** Forecast minus budget. */
    public Money variance(YearMonth month) {
        return forecast.get(month).minus(budget.get(month));
    }

    public List<Revision> revisions() {
        return Collections.unmodifiableList(revisions);
    }
}
