package com.salesworkbench.io.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.DataKinds;
import com.salesworkbench.api.data.TableSource;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.io.DataExport;
import com.salesworkbench.io.DataImport;
import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportPreview;
import com.salesworkbench.io.ImportResult;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code io:import} (preview, then import with -y) and {@code io:export} for the active client. */
@Component(service = IoCommands.class, property = {
        "osgi.command.scope=io",
        "osgi.command.function=import",
        "osgi.command.function=export"})
public class IoCommands {

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    @Reference
    private DataImport importer;

    @Reference
    private DataExport exporter;

    /** The modules' tables for export by kind: they come and go with the client's modules. */
    private final Map<String, TableSource> sources = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(TableSource source, Map<String, Object> properties) {
        Object kind = properties.get(DataKinds.PROPERTY);
        if (kind != null) {
            sources.put(kind.toString(), source);
        }
    }

    void removeSource(TableSource source, Map<String, Object> properties) {
        Object kind = properties.get(DataKinds.PROPERTY);
        if (kind != null) {
            sources.remove(kind.toString(), source);
        }
    }

    private static Texts texts() {
        return Texts.of(ImportException.class, Locale.getDefault());
    }

    private ClientWorkspace client() {
        return workspace.client(provisioning.requireActiveClient());
    }

    @Descriptor("Import history, actuals, a plan grid or a pipeline from CSV or XLSX: shows the detected settings, the"
            + " proposed column mapping and the first rows; with -y imports (all rows checked first, nothing written on an error)")
    public String _import(
            @Descriptor("history, actuals, plan or pipeline") @Parameter(names = {"-k", "--kind"}, absentValue = "history") String kind,
            @Descriptor("target name: the series file (default sales / actuals), the plan plans/NAME or the pipeline funnel/pipelines/NAME (default main)") @Parameter(names = {"-n", "--name"}, absentValue = "") String name,
            @Descriptor("column mapping field=Header,... (overrides the proposal)") @Parameter(names = {"-m", "--map"}, absentValue = "") String map,
            @Descriptor("encoding of a CSV file (default: detected)") @Parameter(names = {"-e", "--encoding"}, absentValue = "") String encoding,
            @Descriptor("sheet of an XLSX file (default: the first)") @Parameter(names = {"-s", "--sheet"}, absentValue = "") String sheet,
            @Descriptor("slashed dates are day first (dd/MM/yyyy) when the data does not tell") @Parameter(names = {"-d", "--day-first"}, absentValue = "") String dayFirst,
            @Descriptor("accept the mapping and import") @Parameter(names = {"-y", "--yes"}, presentValue = "true", absentValue = "false") boolean yes,
            @Descriptor("CSV, TXT, TSV or XLSX file") String file) {
        Texts t = texts();
        try {
            ImportOptions o = ImportOptions.of(ImportKind.of(kind)).withLocale(Locale.getDefault());
            if (!name.isEmpty()) {
                o = o.withTarget(name);
            }
            if (!map.isEmpty()) {
                o = o.withMapping(mapping(map));
            }
            if (!encoding.isEmpty()) {
                o = o.withEncoding(charset(encoding));
            }
            if (!sheet.isEmpty()) {
                o = o.withSheet(sheet);
            }
            if (!dayFirst.isEmpty()) {
                o = o.withDayFirst(Boolean.parseBoolean(dayFirst) || dayFirst.equals("yes"));
            }
            Path path = Path.of(file);
            ClientWorkspace client = client();
            if (!yes) {
                return preview(importer.preview(path, o, client), o.kind(), t);
            }
            ImportResult r = importer.importFile(path, o, client);
            return t.get("import.done", r.rows(), r.series(), String.join(", ", r.written()));
        } catch (ImportException e) {
            throw new IllegalArgumentException(e.localized(Locale.getDefault()), e);
        }
    }

    private static Map<String, String> mapping(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new ImportException("error.mapping", "Mapping '" + part + "': write field=Header", part);
            }
            out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return out;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.equalsIgnoreCase("cp1251") ? "windows-1251" : name);
        } catch (IllegalArgumentException e) {
            throw new ImportException("error.charset", "Unknown encoding '" + name + "'", name);
        }
    }

    static String preview(ImportPreview p, ImportKind kind, Texts t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("preview.file", p.file(), p.format().toUpperCase(Locale.ROOT), p.dataRows() > Importer.SAMPLE_ROWS
                ? "> " + Importer.SAMPLE_ROWS : String.valueOf(p.dataRows()))).append('\n');
        if (p.format().equals("csv")) {
            sb.append(t.get("preview.csv", p.encoding(), p.delimiter())).append('\n');
        } else {
            sb.append(t.get("preview.sheet", p.sheet())).append('\n');
        }
        if (p.wide()) {
            sb.append(t.get("preview.wide")).append('\n');
        }
        sb.append(t.get(p.remembered() ? "preview.mappingRemembered" : "preview.mapping")).append('\n');
        TextTable m = new TextTable(t.get("col.field"), t.get("col.column"), t.get("col.format"));
        for (String field : fieldOrder(p, true)) {
            String fmt = p.numbers().containsKey(field) ? p.numbers().get(field) : p.dates().getOrDefault(field, "");
            m.row(field, p.mapping().get(field), fmt);
        }
        sb.append(m);
        if (!p.rows().isEmpty()) {
            sb.append(t.get("preview.rows", p.rows().size())).append('\n');
            List<String> cols = new java.util.ArrayList<>();
            for (String f : fieldOrder(p, false)) {
                cols.add(f);
            }
            TextTable rows = new TextTable(cols.toArray(new String[0]));
            for (List<String> r : p.rows()) {
                rows.row(r.subList(0, Math.min(r.size(), cols.size())).toArray());
            }
            sb.append(rows);
        }
        for (String note : p.notes()) {
            sb.append(note).append('\n');
        }
        List<String> unmapped = kind.fields().stream().filter(f -> f.required() && !p.mapping().containsKey(f.name()))
                .map(ImportKind.Field::name).toList();
        if (!unmapped.isEmpty()) {
            sb.append(t.get("preview.unmapped", String.join(", ", unmapped))).append('\n');
        }
        p.refusal().ifPresent(e -> sb.append(e.localized(t.locale())).append('\n'));
        sb.append(t.get("preview.confirm"));
        return sb.toString();
    }

    /** The preview rows' columns: the mapped fields in the kind's order, then a wide file's period columns. */
    private static List<String> fieldOrder(ImportPreview p, boolean mappingOnly) {
        List<String> out = new java.util.ArrayList<>();
        for (ImportKind k : ImportKind.values()) {
            if (k.fields().stream().map(ImportKind.Field::name).toList().containsAll(p.mapping().keySet())) {
                for (ImportKind.Field f : k.fields()) {
                    if (p.mapping().containsKey(f.name())
                            && (mappingOnly || !p.mapping().get(f.name()).equals(Mappings.PERIOD_COLUMNS))) {
                        out.add(f.name());
                    }
                }
                break;
            }
        }
        if (p.wide() && !mappingOnly) {
            int idColumn = p.headers().indexOf(p.mapping().get("series_id"));
            for (int i = 0; i < p.headers().size(); i++) {
                if (i != idColumn) {
                    out.add(p.headers().get(i));
                }
            }
        }
        return out;
    }

    @Descriptor("Export to CSV or XLSX (by the extension of -o): series/NAME (a series file of the active client),"
            + " plan/NAME (a sales plan, subtotals per profit centre or first dimension as SUBTOTAL formulas),"
            + " pipeline/NAME, statement/SCHEME FIGURES.csv [MONTH] (pay statements of every rep),"
            + " forecast/SERIES [HORIZON [METHOD]] (history, forecast and intervals) or a CSV file")
    public String export(
            @Descriptor("output file, .csv or .xlsx") @Parameter(names = {"-o", "--output"}, absentValue = "") String output,
            @Descriptor("series/NAME, plan/NAME, pipeline/NAME, statement/SCHEME, forecast/SERIES or a CSV file") String what,
            @Descriptor("what the kind needs beyond the name (statement: figures CSV and month; forecast: horizon and method)") String... arguments) {
        Texts t = texts();
        if (output.isEmpty()) {
            throw new IllegalArgumentException(t.get("export.noOutput"));
        }
        String lower = output.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new IllegalArgumentException(t.get("export.format", output));
        }
        Table table;
        try {
            int slash = what.indexOf('/');
            String kind = slash > 0 ? what.substring(0, slash) : "";
            if (kind.equals("series")) {
                String name = what.substring(slash + 1);
                ClientWorkspace c = client();
                if (!c.seriesNames().contains(name)) {
                    throw new IllegalArgumentException(t.get("export.noSeries", name, String.join(", ", c.seriesNames())));
                }
                table = Tables.series(name, c.readSeries(name));
            } else if (sources.containsKey(kind) || KINDS.contains(kind)) {
                table = fromModule(kind, what.substring(slash + 1), arguments == null ? List.of() : List.of(arguments), t);
            } else {
                Path in = Path.of(what);
                String name = in.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                table = Tables.csv(name, new String(Files.readAllBytes(in), StandardCharsets.UTF_8));
            }
            exporter.write(table, Path.of(output));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(t.get("export.noFile", e.getFile()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(t.get("export.io", what, e.getMessage()), e);
        }
        return t.get("export.done", table.rows().size(), output);
    }

    /** The kinds the product's modules export (a plug-in may add others through its own TableSource). */
    static final List<String> KINDS = List.of(DataKinds.PLAN, DataKinds.PIPELINE, DataKinds.STATEMENT, DataKinds.FORECAST);

    private Table fromModule(String kind, String name, List<String> arguments, Texts t) {
        TableSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalArgumentException(t.get("export.noModule", kind));
        }
        ClientId id = provisioning.requireActiveClient();
        List<String> names = source.names(id);
        if (!names.contains(name)) {
            throw new IllegalArgumentException(t.get("export.noName", kind, name,
                    names.isEmpty() ? "-" : String.join(", ", names)));
        }
        try {
            return source.table(id, name, arguments, Locale.getDefault());
        } catch (DataException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
