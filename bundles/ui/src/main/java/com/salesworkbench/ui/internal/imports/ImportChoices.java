package com.salesworkbench.ui.internal.imports;

import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportKind.Field;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportPreview;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the user chose in the import dialog, apart from Swing: the kind, the target name, and per target field of
 * the kind the file's header it comes from (or none, or the period columns of wide history). Starts from io's
 * preview (its proposed or remembered mapping) and builds the {@link ImportOptions} of the import.
 */
public final class ImportChoices {

    /** The choice "no column" for a field. */
    public static final String NONE = "";
    /** The choice for ds and y of wide history: the period columns hold them (io's own marker). */
    public static final String PERIOD_COLUMNS = "@columns";

    private final ImportKind kind;
    private final ImportPreview preview;
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private String target;

    public ImportChoices(ImportKind kind, ImportPreview preview, String target) {
        this.kind = Objects.requireNonNull(kind);
        this.preview = Objects.requireNonNull(preview);
        this.target = target;
        for (Field f : kind.fields()) {
            String h = preview.mapping().get(f.name());
            chosen.put(f.name(), h == null || !options(f).contains(h) ? NONE : h);
        }
    }

    public ImportKind kind() {
        return kind;
    }

    public ImportPreview preview() {
        return preview;
    }

    public String target() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target.strip();
    }

    /** The choices for a field: none, the file's headers, and for ds / y of wide history the period columns. */
    public List<String> options(Field field) {
        List<String> out = new ArrayList<>();
        out.add(NONE);
        if (preview.wide() && kind.isSeries() && (field.name().equals("ds") || field.name().equals("y"))) {
            out.add(PERIOD_COLUMNS);
        }
        for (String h : preview.headers()) {
            if (!h.isEmpty() && !out.contains(h)) {
                out.add(h);
            }
        }
        return out;
    }

    public String chosen(String field) {
        return chosen.getOrDefault(field, NONE);
    }

    public void choose(String field, String header) {
        if (!chosen.containsKey(field)) {
            throw new IllegalArgumentException("no field " + field + " in " + kind.id());
        }
        chosen.put(field, header == null ? NONE : header);
    }

    /** Required fields still without a column: the import cannot start until there are none. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        for (Field f : kind.fields()) {
            if (f.required() && chosen(f.name()).equals(NONE)) {
                out.add(f.name());
            }
        }
        return out;
    }

    /** Headers chosen for more than one field (allowed by io, but almost always a slip). */
    public List<String> reused() {
        List<String> seen = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String h : chosen.values()) {
            if (!h.equals(NONE) && !h.equals(PERIOD_COLUMNS)) {
                if (seen.contains(h) && !out.contains(h)) {
                    out.add(h);
                }
                seen.add(h);
            }
        }
        return out;
    }

    /** Whether the target is a name the workspace takes (io's rule: lower-case letters, digits, '.', '-', '_'). */
    public boolean targetValid() {
        return target != null && target.matches("[a-z0-9][a-z0-9._-]{0,63}");
    }

    public boolean complete() {
        return missing().isEmpty() && targetValid();
    }

    /**
     * The options of the import: the kind, target and language of the base, the mapping the user confirmed.
     * Wide history leaves ds and y out: io finds the period columns itself when ds is not mapped.
     */
    public ImportOptions options(ImportOptions base) {
        if (!complete()) {
            throw new IllegalStateException("incomplete choices: missing " + missing() + ", target " + target);
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        chosen.forEach((field, header) -> {
            if (!header.equals(NONE) && !header.equals(PERIOD_COLUMNS)) {
                mapping.put(field, header);
            }
        });
        return new ImportOptions(kind, target, base.encoding(), base.sheet(), mapping, base.dayFirst(), base.locale());
    }
}
