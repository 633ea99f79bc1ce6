package com.salesworkbench.ui.strategy.internal;

import com.salesworkbench.strategy.ActionStatus;
import com.salesworkbench.strategy.GoalKind;
import com.salesworkbench.strategy.Horizon;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.workspace.ClientWorkspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import com.salesworkbench.ui.EditedValue;
import javax.swing.undo.UndoManager;

/**
 * The strategy document editor without Swing: chapter texts, chapters of one's own, goals and the action plan;
 * every change one undoable edit; typed dates and numbers refused with the field named; the module refuses
 * what the document does not allow (an approved version is frozen); saving through the module's store.
 */
final class DocumentEditor {

    /** A typed value refused: the field, the message key and its arguments (the field first). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Invalid(String key, Object... args) {
            super(key + Arrays.toString(args));
            this.key = key;
            this.args = args;
        }
    }

    private final EditedValue<StrategyDocument> edited;
    private StrategyDocument saved;

    DocumentEditor(StrategyDocument document, UndoManager undo) {
        this.edited = new EditedValue<>(Objects.requireNonNull(document), undo);
        this.saved = document;
    }

    StrategyDocument document() {
        return edited.get();
    }

    boolean dirty() {
        return !document().equals(saved);
    }

    void addListener(Runnable l) {
        edited.addListener(l);
    }

    void removeListener(Runnable l) {
        edited.removeListener(l);
    }

    void setChapterText(String chapterId, String text) {
        edited.change(document().withChapterText(chapterId, text), chapterId);
    }

    /** Adds a chapter of one's own at the end of a horizon; returns its id. */
    String addChapter(Horizon horizon, String title) {
        StrategyDocument next = document().withChapter(horizon, title, "");
        String id = next.chapters().stream().map(c -> c.id()).filter(i -> document().chapters().stream().noneMatch(c -> c.id().equals(i)))
                .findFirst().orElseThrow();
        edited.change(next, id);
        return id;
    }

    /** Adds a goal; deadline (2027-03-31) and target are optional, typed as text. Returns its id. */
    String addGoal(String parent, GoalKind kind, String title, String owner, String deadline, String target) throws Invalid {
        LocalDate d = date("deadline", deadline);
        BigDecimal t = number("target", target);
        StrategyDocument next = document().withGoal(parent, kind, title, owner, d, t, null, "");
        edited.change(next, "goal");
        return next.goals().get(next.goals().size() - 1).id();
    }

    void setGoalDone(String id, boolean done) {
        edited.change(document().mapGoal(id, g -> g.withDone(done)), id);
    }

    void setGoalAchieved(String id, String achieved) throws Invalid {
        BigDecimal a = number("achieved", achieved);
        edited.change(document().mapGoal(id, g -> g.withAchieved(a)), id);
    }

    /** Adds a step of the action plan; returns its id. */
    String addAction(String title, String owner, String deadline) throws Invalid {
        LocalDate d = date("deadline", deadline);
        StrategyDocument next = document().withAction(title, owner, d, List.of(), List.of());
        edited.change(next, "action");
        return next.actions().get(next.actions().size() - 1).id();
    }

    void setActionStatus(String id, ActionStatus status) {
        edited.change(document().mapAction(id, a -> a.withStatus(status)), id);
    }

    private static LocalDate date(String field, String text) throws Invalid {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid("invalid.date", field, text);
        }
    }

    private static BigDecimal number(String field, String text) throws Invalid {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        try {
            return new BigDecimal(s.indexOf('.') < 0 ? s.replace(',', '.') : s);
        } catch (NumberFormatException e) {
            throw new Invalid("invalid.number", field, text);
        }
    }

    void save(ClientWorkspace client) {
        StrategyStore.save(client, document());
        saved = document();
        edited.set(saved);
    }
}
