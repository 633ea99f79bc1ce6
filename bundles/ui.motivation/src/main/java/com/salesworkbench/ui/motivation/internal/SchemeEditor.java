package com.salesworkbench.ui.motivation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.RuleSpec;
import com.salesworkbench.motivation.SchemeLinter;
import com.salesworkbench.motivation.Statement;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.charts.PayCharts;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import com.salesworkbench.ui.EditedValue;
import javax.swing.undo.UndoManager;

/**
 * The pay-scheme editor without Swing: the scheme being edited, every change an undoable edit in the part's
 * undo history, validation of typed values (refused with the field named) and of the scheme as a whole (the
 * module's linter), the payout curve, and saving as the next revision.
 */
final class SchemeEditor {

    /** A typed value refused: which field, the message key and its arguments. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;
        final String key;
        final transient Object[] args;

        Invalid(String field, String key, Object... args) {
            super(key + " " + field);
            this.field = field;
            this.key = key;
            this.args = args;
        }
    }

    static final BigDecimal CURVE_END = new BigDecimal("2");
    static final BigDecimal CURVE_STEP = new BigDecimal("0.05");

    private final EditedValue<PayScheme> edited;
    private PayScheme saved;

    /** @param saved whether {@code scheme} is what the workspace holds (false for a scheme dropped from a file) */
    SchemeEditor(PayScheme scheme, boolean saved, UndoManager undo) {
        this.edited = new EditedValue<>(Objects.requireNonNull(scheme), undo);
        this.saved = saved ? scheme : null;
    }

    PayScheme scheme() {
        return edited.get();
    }

    /** Whether the scheme differs from the saved one (the revision aside: a save sets it). */
    boolean dirty() {
        return saved == null || !revised(scheme(), 1).equals(revised(saved, 1));
    }

    private static PayScheme revised(PayScheme s, int revision) {
        return new PayScheme(s.name(), revision, s.fixed(), s.targetVariable(), s.currency(), s.equalPlan(), s.rules());
    }

    void addListener(Runnable l) {
        edited.addListener(l);
    }

    void removeListener(Runnable l) {
        edited.removeListener(l);
    }

    // ------------------------------------------------------------------------------------------- edits

    void setFixed(String text) throws Invalid {
        BigDecimal v = amount("fixed", text, false);
        edited.change(new PayScheme(scheme().name(), scheme().revision(), v, scheme().targetVariable(), scheme().currency(),
                scheme().equalPlan(), scheme().rules()), "fixed");
    }

    void setTargetVariable(String text) throws Invalid {
        BigDecimal v = amount("targetVariable", text, false);
        edited.change(new PayScheme(scheme().name(), scheme().revision(), scheme().fixed(), v, scheme().currency(),
                scheme().equalPlan(), scheme().rules()), "targetVariable");
    }

    /** A blank text clears the equal plan (every rep keeps a personal plan). */
    void setEqualPlan(String text) throws Invalid {
        BigDecimal v = amount("equalPlan", text, true);
        edited.change(new PayScheme(scheme().name(), scheme().revision(), scheme().fixed(), scheme().targetVariable(), scheme().currency(),
                v, scheme().rules()), "equalPlan");
    }

    /** Replaces a rule's parameters by a JSON object, e.g. {@code {"factor": 1.5}}. */
    void setParameters(String ruleId, String json) throws Invalid {
        Map<String, Object> params;
        try {
            params = Json.mapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new Invalid(ruleId, "invalid.json", ruleId, e.getOriginalMessage());
        }
        if (params == null) {
            throw new Invalid(ruleId, "invalid.json", ruleId, json);
        }
        RuleSpec old = scheme().rule(ruleId);
        edited.change(scheme().withRule(new RuleSpec(old.id(), old.type(), params)), ruleId);
    }

    /** Adds a rule of a type at the end, with an id made from the type (unique in the scheme) and no parameters. */
    String addRule(String type) {
        String base = type.replaceAll("[^A-Za-z0-9]+", "");
        String id = base;
        for (int n = 2; hasRule(id); n++) {
            id = base + n;
        }
        List<RuleSpec> rules = new ArrayList<>(scheme().rules());
        rules.add(new RuleSpec(id, type, Map.of()));
        edited.change(with(rules), id);
        return id;
    }

    void removeRule(String ruleId) {
        List<RuleSpec> rules = new ArrayList<>(scheme().rules());
        rules.remove(scheme().rule(ruleId));
        edited.change(with(rules), ruleId);
    }

    private boolean hasRule(String id) {
        return scheme().rules().stream().anyMatch(r -> r.id().equals(id));
    }

    private PayScheme with(List<RuleSpec> rules) {
        return new PayScheme(scheme().name(), scheme().revision(), scheme().fixed(), scheme().targetVariable(), scheme().currency(),
                scheme().equalPlan(), rules);
    }

    private static BigDecimal amount(String field, String text, boolean blankIsNone) throws Invalid {
        String s = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (s.isEmpty()) {
            if (blankIsNone) {
                return null;
            }
            throw new Invalid(field, "invalid.empty", field);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s.indexOf('.') < 0 ? s.replace(',', '.') : s);
        } catch (NumberFormatException e) {
            throw new Invalid(field, "invalid.number", field, text);
        }
        if (v.signum() < 0) {
            throw new Invalid(field, "invalid.negative", field, text);
        }
        return v;
    }

    // ------------------------------------------------------------------------------------- validation

    /** The linter's findings on the scheme as it stands: cliffs, leverage, tiers, weights, invalid rules. */
    List<SchemeLinter.Finding> findings(PayEngine engine) {
        return SchemeLinter.lint(engine, scheme(), null);
    }

    /** Pay against attainment from 0 to 200% of plan, as the linter's made-up rep earns it; empty when the scheme fails. */
    List<PayCharts.Point> curve(PayEngine engine) {
        List<PayCharts.Point> points = new ArrayList<>();
        PlanPeriod period = PlanPeriod.month(YearMonth.of(2000, 1));
        for (BigDecimal a = BigDecimal.ZERO; a.compareTo(CURVE_END) <= 0; a = a.add(CURVE_STEP)) {
            Statement st = engine.evaluate(scheme(), "curve", period, SchemeLinter.figuresAt(scheme(), a));
            if (!st.complete()) {
                return List.of();
            }
            points.add(new PayCharts.Point(a, st.total().amount()));
        }
        return points;
    }

    // ------------------------------------------------------------------------------------------- save

    /**
     * Saves the scheme as the next revision of the saved one through the module's document type; the edits stay
     * undoable (an undo after a save makes the scheme unsaved again).
     */
    PayScheme save(ClientWorkspace client) {
        int revision = saved == null ? Math.max(1, scheme().revision()) : saved.revision() + 1;
        PayScheme next = revised(scheme(), revision);
        client.save(PaySchemes.path(next.name()), PaySchemes.SCHEME, next);
        saved = next;
        edited.set(next);
        return next;
    }
}
