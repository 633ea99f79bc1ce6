package com.salesworkbench.io.internal;

import com.salesworkbench.io.ImportException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One sheet of a workbook file (XLSX or XLS): the sheet the user wanted, or the first. */
abstract class WorkbookSource extends Source {

    final Path path;
    final Optional<String> wanted;
    /** The sheet read: known once the workbook was opened. */
    private String sheet;

    WorkbookSource(String file, Path path, Optional<String> wanted) {
        super(file);
        this.path = path;
        this.wanted = wanted;
    }

    @Override
    final String sheet() {
        return sheet != null ? sheet : wanted.orElse("");
    }

    /**
     * Chooses the sheet to read among the workbook's sheets (in tab order): the wanted one, else the first; a
     * workbook without sheets, or without the wanted one, is refused naming the sheets it has.
     */
    final String choose(List<String> sheets) {
        if (sheets.isEmpty()) {
            throw new ImportException("error.noSheets", "File " + file + " has no sheets", file);
        }
        if (wanted.isPresent() && !sheets.contains(wanted.get())) {
            throw new ImportException("error.noSuchSheet", "File " + file + " has no sheet '" + wanted.get()
                    + "'; its sheets: " + String.join(", ", sheets), file, wanted.get(), String.join(", ", sheets));
        }
        sheet = wanted.orElse(sheets.get(0));
        return sheet;
    }
}
