package com.salesworkbench.io.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.io.DataExport;
import com.salesworkbench.io.DataImport;
import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportPreview;
import com.salesworkbench.io.ImportResult;
import com.salesworkbench.io.Table;
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
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
            @Descriptor("target name (series file or table); default sales / actuals / main") @Parameter(names = {"-n", "--name"}, absentValue = "") String name,
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
            + " table/KIND/NAME (an imported plan or pipeline; a plan with subtotal formulas) or a CSV file"
            + " (e.g. the output of forecast:run or a pay statement)")
    public String export(
            @Descriptor("output file, .csv or .xlsx") @Parameter(names = {"-o", "--output"}, absentValue = "") String output,
            @Descriptor("series/NAME, table/KIND/NAME or a CSV file") String what) {
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
            if (what.startsWith("series/")) {
                String name = what.substring("series/".length());
                ClientWorkspace c = client();
                if (!c.seriesNames().contains(name)) {
                    throw new IllegalArgumentException(t.get("export.noSeries", name, String.join(", ", c.seriesNames())));
                }
                table = Tables.series(name, c.readSeries(name));
            } else if (what.startsWith("table/")) {
                String doc = "io/tables/" + what.substring("table/".length());
                ImportedTable it = client().find(doc, ImportedTable.TYPE)
                        .orElseThrow(() -> new IllegalArgumentException(t.get("export.noTable", what)));
                table = Tables.imported(what.substring(what.lastIndexOf('/') + 1), it);
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
}
