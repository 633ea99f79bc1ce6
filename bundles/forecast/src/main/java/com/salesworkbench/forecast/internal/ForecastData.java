package com.salesworkbench.forecast.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.DataKinds;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.TableSource;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.ForecastService;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Forecasts as tables for export (kind {@code forecast}): every series of a series file of the client forecast as
 * forecast:run does (default method, 80 and 95 % intervals), one row per period: the history in {@code y}, then the
 * forecast in {@code yhat} with its interval bounds.
 */
@Component(service = TableSource.class, property = DataKinds.PROPERTY + "=" + DataKinds.FORECAST)
public final class ForecastData implements TableSource {

    static final int HORIZON = 12;
    static final double[] LEVELS = {80, 95};

    @Reference
    private Workspace workspace;

    @Reference
    private ForecastService service;

    public ForecastData() {
    }

    ForecastData(Workspace workspace, ForecastService service) {
        this.workspace = workspace;
        this.service = service;
    }

    @Override
    public List<String> names(ClientId client) {
        List<String> out = new ArrayList<>(workspace.client(client).seriesNames());
        out.sort(null);
        return out;
    }

    /** Arguments: the horizon (default 12) and the method (default {@link ForecastEngine#DEFAULT}). */
    @Override
    public Table table(ClientId client, String name, List<String> arguments, Locale locale) {
        Texts t = Texts.of(ForecastData.class, locale);
        ClientWorkspace c = workspace.client(client);
        if (!c.seriesNames().contains(name)) {
            throw new DataException(t.get("data.noSeries", name, String.join(", ", names(client))));
        }
        int horizon = HORIZON;
        if (!arguments.isEmpty()) {
            try {
                horizon = Integer.parseInt(arguments.get(0).strip());
            } catch (NumberFormatException e) {
                horizon = 0;
            }
            if (horizon < 1 || horizon > 1000) {
                throw new DataException(t.get("data.horizon", arguments.get(0)));
            }
        }
        String method = arguments.size() > 1 ? arguments.get(1).strip() : ForecastEngine.DEFAULT;
        List<TimeSeries> series = c.readSeries(name);
        List<ForecastEngine.SeriesResult> results = service.engine().forecast(series,
                ForecastEngine.Options.of(horizon, method).withLevels(LEVELS).withLocale(locale));
        return table(name, series, results);
    }

    static Table table(String name, List<TimeSeries> series, List<ForecastEngine.SeriesResult> results) {
        List<Table.Column> cols = new ArrayList<>(List.of(new Table.Column("series_id", Table.ColumnType.TEXT),
                new Table.Column("ds", Table.ColumnType.PERIOD), new Table.Column("y", Table.ColumnType.NUMBER),
                new Table.Column("yhat", Table.ColumnType.NUMBER)));
        for (double l : LEVELS) {
            cols.add(new Table.Column("lo" + (long) l, Table.ColumnType.NUMBER));
            cols.add(new Table.Column("hi" + (long) l, Table.ColumnType.NUMBER));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            TimeSeries ts = series.get(s);
            for (int i = 0; i < ts.length(); i++) {
                List<Object> row = new ArrayList<>(Arrays.asList(new Object[cols.size()]));
                row.set(0, ts.id());
                row.set(1, ts.periodAt(i));
                row.set(2, number(ts.valueAt(i)));
                rows.add(row);
            }
            ForecastEngine.SeriesResult r = results.get(s);
            if (!r.ok()) {
                continue; // forecast:run reports why; the history is still worth the sheet
            }
            Forecast f = r.forecast();
            for (int i = 0; i < f.horizon(); i++) {
                List<Object> row = new ArrayList<>(Arrays.asList(new Object[cols.size()]));
                row.set(0, ts.id());
                row.set(1, f.start().plus(i));
                row.set(3, number(f.mean()[i]));
                for (int k = 0; k < f.intervals().size() && k < LEVELS.length; k++) {
                    row.set(4 + 2 * k, number(f.intervals().get(k).lower()[i]));
                    row.set(5 + 2 * k, number(f.intervals().get(k).upper()[i]));
                }
                rows.add(row);
            }
        }
        return Table.of(name, cols, rows);
    }

    /** A figure as a decimal; a missing value (NaN) stays an empty cell. */
    private static BigDecimal number(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : BigDecimal.valueOf(v);
    }
}
