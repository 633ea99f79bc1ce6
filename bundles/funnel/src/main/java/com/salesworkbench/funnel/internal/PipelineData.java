package com.salesworkbench.funnel.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.DataKinds;
import com.salesworkbench.api.data.ImportSink;
import com.salesworkbench.api.data.ImportedRows;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.TableSource;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.funnel.Opportunity;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineCsv;
import com.salesworkbench.funnel.PipelineStore;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pipelines in and out as neutral tables (kind {@code pipeline}): imported rows become the pipeline document
 * {@code funnel/pipelines/NAME} as funnel:import makes it (the client's stage model, reviewed today, the existing
 * pipeline's currency and snapshots kept), every row through the funnel's own {@link PipelineCsv.Checker}; unlike
 * funnel:import, which leaves bad lines out, an import through io is all or nothing. A stored pipeline exports with
 * the columns of the funnel's pipeline CSV, so it imports again.
 */
@Component(service = {ImportSink.class, TableSource.class}, property = DataKinds.PROPERTY + "=" + DataKinds.PIPELINE)
public final class PipelineData implements ImportSink, TableSource {

    @Reference
    private Workspace workspace;

    @Reference
    private Provisioning provisioning;

    private Function<ClientId, Locale> clientLocale;
    private Supplier<LocalDate> today = LocalDate::now;

    public PipelineData() {
    }

    /** For tests: a workspace, the clients' locales and the review date. */
    PipelineData(Workspace workspace, Function<ClientId, Locale> clientLocale, LocalDate today) {
        this.workspace = workspace;
        this.clientLocale = clientLocale;
        this.today = () -> today;
    }

    @Override
    public List<String> save(ClientId client, String name, ImportedRows rows, Locale locale) {
        ClientWorkspace c = workspace.client(client);
        String path;
        try {
            path = PipelineStore.path(name);
        } catch (com.salesworkbench.funnel.FunnelException e) {
            throw new DataException(Texts.of(PipelineData.class, locale).get(e.key(), e.args()));
        }
        StageModel stages = PipelineStore.stages(c);
        LocalDate asOf = today.get();
        List<Opportunity> deals = opportunities(rows, stages, asOf, locale);
        Optional<Pipeline> existing = PipelineStore.find(c, name);
        String currency = existing.map(Pipeline::currency).orElseGet(() -> PipelineStore.currency(
                clientLocale != null ? clientLocale.apply(client) : provisioning.profile(client).javaLocale()));
        Pipeline p = new Pipeline(name, currency, asOf, stages, deals, existing.map(Pipeline::snapshots).orElse(List.of()));
        PipelineStore.save(c, p);
        return List.of(path);
    }

    /** Every row checked as funnel:import checks a line; the first refusal names its row and field. */
    static List<Opportunity> opportunities(ImportedRows rows, StageModel stages, LocalDate asOf, Locale locale) {
        PipelineCsv.Checker checker = new PipelineCsv.Checker(stages, asOf);
        List<Opportunity> out = new ArrayList<>();
        for (int i = 0; i < rows.table().rows().size(); i++) {
            long line = rows.sourceRows().get(i);
            PlanPeriod close = (PlanPeriod) rows.value(i, "close");
            BigDecimal share = (BigDecimal) rows.value(i, "probability");
            PipelineCsv.Row row = new PipelineCsv.Row(text(rows.value(i, "id")), text(rows.value(i, "rep")),
                    text(rows.value(i, "customer")), text(rows.value(i, "product")), text(rows.value(i, "stage")),
                    (BigDecimal) rows.value(i, "amount"), share.movePointRight(2), text(rows.value(i, "status")),
                    YearMonth.from(close.start()), close.frequency() == Frequency.DAY ? close.start() : null,
                    (LocalDate) rows.value(i, "created"), (LocalDate) rows.value(i, "closed"), Map.of());
            try {
                out.add(checker.check(row, line));
            } catch (PipelineCsv.RowException e) {
                Texts t = Texts.of(PipelineData.class, locale);
                String m = t.get("reason." + e.key(), e.args());
                throw new DataException(line, e.column(), m.startsWith("!") ? e.getMessage() : m);
            }
        }
        return out;
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    @Override
    public List<String> names(ClientId client) {
        return PipelineStore.names(workspace.client(client));
    }

    /** The pipeline as the funnel's CSV has it: probability in percent, close the month, so it imports again. */
    @Override
    public Table table(ClientId client, String name, List<String> arguments, Locale locale) {
        Pipeline p = PipelineStore.find(workspace.client(client), name).orElseThrow(() -> new DataException(
                Texts.of(PipelineData.class, locale).get("data.noPipeline", PipelineStore.FOLDER + name,
                        String.join(", ", names(client)))));
        return table(p);
    }

    static Table table(Pipeline p) {
        List<Table.Column> cols = List.of(new Table.Column("id", Table.ColumnType.TEXT),
                new Table.Column("rep", Table.ColumnType.TEXT), new Table.Column("customer", Table.ColumnType.TEXT),
                new Table.Column("product", Table.ColumnType.TEXT), new Table.Column("stage", Table.ColumnType.TEXT),
                new Table.Column("amount", Table.ColumnType.MONEY), new Table.Column("probability", Table.ColumnType.NUMBER),
                new Table.Column("close", Table.ColumnType.PERIOD), new Table.Column("status", Table.ColumnType.TEXT),
                new Table.Column("created", Table.ColumnType.DATE), new Table.Column("closed", Table.ColumnType.DATE));
        List<List<Object>> rows = new ArrayList<>();
        for (Opportunity o : p.opportunities()) {
            rows.add(java.util.Arrays.asList(o.id(), o.rep(), o.customer(), o.product(), o.stage(),
                    Money.of(o.amount(), p.currencyUnit(), RoundingMode.HALF_EVEN),
                    o.probability().movePointRight(2).stripTrailingZeros(), PlanPeriod.month(o.closeMonth()),
                    o.status().name().toLowerCase(Locale.ROOT), o.created(), o.closed()));
        }
        return Table.of(p.name(), cols, rows);
    }
}
