package com.salesworkbench.io.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.DataKinds;
import com.salesworkbench.api.data.ImportSink;
import com.salesworkbench.api.data.ImportedRows;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A module's sink as the io tests need one: keeps the rows it got as the document {@code test/KIND/NAME} of the
 * workspace it is given, and, as a module does, refuses a domain error (here: an id twice) naming row and field.
 */
final class TableSink implements ImportSink {

    static final DocumentType<Table> TYPE = DocumentType.of("test-table", Table.class);

    final String kind;
    ClientWorkspace target;
    ImportedRows last;

    TableSink(String kind, ClientWorkspace target) {
        this.kind = kind;
        this.target = target;
    }

    /** Registers the sink with the importer as DS would. */
    TableSink on(Importer importer) {
        importer.addSink(this, Map.of(DataKinds.PROPERTY, kind));
        return this;
    }

    @Override
    public List<String> save(ClientId client, String name, ImportedRows rows, Locale locale) {
        Map<Object, Long> ids = new HashMap<>();
        for (int i = 0; i < rows.table().rows().size(); i++) {
            Object id = rows.value(i, "id");
            Long first = id == null ? null : ids.putIfAbsent(id, rows.sourceRows().get(i));
            if (first != null) {
                throw new DataException(rows.sourceRows().get(i), "id", "the id " + id + " is also in row " + first);
            }
        }
        last = rows;
        String doc = "test/" + kind + "/" + name;
        target.save(doc, TYPE, rows.table());
        return List.of(doc);
    }
}
