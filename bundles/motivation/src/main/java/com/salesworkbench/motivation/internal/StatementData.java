package com.salesworkbench.motivation.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.DataKinds;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.TableSource;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.motivation.Activity;
import com.salesworkbench.motivation.ActivityCsv;
import com.salesworkbench.motivation.Figures;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayException;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.Statement;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pay statements as tables for export (kind {@code statement}): for a saved scheme and its figures (those kept by
 * pay:figures, or a figures CSV person,team,date,metric,value as pay:statement takes), every rep's statement for one month (default: the last
 * month of the file), computed as pay:statement does (the months before it carry draws and other state), one row
 * per line with its formula, grouped by rep so a spreadsheet gets each rep's total as a subtotal formula.
 */
@Component(service = TableSource.class, property = DataKinds.PROPERTY + "=" + DataKinds.STATEMENT)
public final class StatementData implements TableSource {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @Reference
    Workspace workspace;

    @Reference
    RuleRegistry registry;

    @Override
    public List<String> names(ClientId client) {
        List<String> out = new ArrayList<>();
        for (String doc : workspace.client(client).documents()) {
            if (doc.startsWith(PaySchemes.FOLDER)) {
                out.add(doc.substring(PaySchemes.FOLDER.length()));
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * Arguments: optionally a figures CSV file (default: the figures kept for the scheme by pay:figures), then
     * optionally the month YYYY-MM (default: the last month of the figures).
     */
    @Override
    public Table table(ClientId client, String name, List<String> arguments, Locale locale) {
        Texts t = Texts.of(PayCommands.class, locale);
        try {
            ClientWorkspace c = workspace.client(client);
            PayScheme s = c.find(PaySchemes.path(name), PaySchemes.SCHEME).orElseThrow(() -> new PayException("error.noScheme",
                    "No pay scheme '" + name + "' for this client; import one with pay:import", name));
            List<String> args = new ArrayList<>(arguments);
            Optional<PlanPeriod> month = !args.isEmpty() && MONTH.matcher(args.get(args.size() - 1).strip()).matches()
                    ? Optional.of(PlanPeriod.month(PayCommands.month(args.remove(args.size() - 1)))) : Optional.empty();
            String source = args.isEmpty() ? FigureSheet.path(name) : args.get(0);
            List<Activity> rows = args.isEmpty()
                    ? c.find(source, FigureSheet.TYPE).orElseThrow(() -> new DataException(t.get("data.figures", name))).rows()
                    : ActivityCsv.read(new StringReader(Files.readString(Path.of(source), StandardCharsets.UTF_8)));
            var all = Figures.monthly(rows);
            PlanPeriod shown = month.isPresent() ? month.get()
                    : all.values().stream().filter(m -> !m.isEmpty()).map(SortedMap::lastKey).max(PlanPeriod::compareTo)
                            .orElseThrow(() -> new PayException("error.noRepMonth", "No figures in " + source, "-", source));
            if (all.values().stream().noneMatch(m -> m.containsKey(shown))) {
                var months = new TreeSet<PlanPeriod>();
                all.values().forEach(m -> months.addAll(m.keySet()));
                throw new PayException("error.noFiguresMonth", "No figures for " + shown + ": they cover "
                        + months.first() + " to " + months.last(), shown, months.first(), months.last());
            }
            return table(s, all, shown, locale);
        } catch (PayException e) {
            String m = t.get(e.key(), e.args());
            throw new DataException(m.startsWith("!") ? e.getMessage() : m);
        } catch (NoSuchFileException e) {
            throw new DataException(t.get("error.noFile", e.getFile()));
        } catch (IOException e) {
            throw new DataException(t.get("error.io", e.getMessage()));
        }
    }

    Table table(PayScheme s, Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> all, PlanPeriod month, Locale locale) {
        Texts t = Texts.of(PayCommands.class, locale);
        List<Table.Column> cols = List.of(new Table.Column("rep", Table.ColumnType.TEXT),
                new Table.Column("period", Table.ColumnType.PERIOD), new Table.Column("rule", Table.ColumnType.TEXT),
                new Table.Column("formula", Table.ColumnType.TEXT), new Table.Column("amount", Table.ColumnType.MONEY));
        List<List<Object>> rows = new ArrayList<>();
        PayEngine engine = registry.engine();
        for (var rep : new TreeMap<>(all).entrySet()) {
            if (!rep.getValue().containsKey(month)) {
                continue; // not on the team that month
            }
            List<Statement> st;
            try {
                st = engine.evaluatePeriods(s, rep.getKey(), new TreeMap<>(rep.getValue().headMap(month.next())));
            } catch (PayException e) {
                // this rep cannot be paid from the figures (e.g. no sales): the sheet says why instead of a line
                String why = t.get(e.key(), e.args());
                rows.add(java.util.Arrays.asList(rep.getKey(), month, "", why.startsWith("!") ? e.getMessage() : why, null));
                continue;
            }
            Statement one = st.get(st.size() - 1);
            for (PayLine l : one.lines()) {
                rows.add(List.of(rep.getKey(), month, l.ruleId(), formula(s, l, t, locale), l.amount()));
            }
        }
        return new Table(s.name() + " " + month, cols, rows, 0);
    }

    /** A line's formula in the user's language, as pay:statement shows it. */
    private String formula(PayScheme s, PayLine l, Texts t, Locale locale) {
        var spec = s.rules().stream().filter(r -> r.id().equals(l.ruleId())).findFirst();
        PayRule rule = spec.isPresent() ? registry.rule(spec.get().type()) : null;
        boolean fixed = rule == null && l.ruleId().equals(PayEngine.FIXED);
        return fixed ? t.get("formula.fixed") : rule != null ? rule.formula(l, locale) : l.formula();
    }
}
