package com.salesworkbench.shell.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentVersion;
import com.salesworkbench.workspace.Workspace;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code workspace:*}: the active client's documents and their saved versions. */
@Component(service = WorkspaceCommands.class, property = {
        "osgi.command.scope=workspace",
        "osgi.command.function=info",
        "osgi.command.function=history",
        "osgi.command.function=restore"})
public class WorkspaceCommands {

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    private static Texts texts() {
        return Texts.of(WorkspaceCommands.class, Locale.getDefault());
    }

    private ClientWorkspace activeClient() {
        ClientId id = provisioning.requireActiveClient();
        return workspace.client(id);
    }

    @Descriptor("Show the workspace folder, its lock and the active client's documents and series")
    public String info() {
        Texts t = texts();
        StringBuilder sb = new StringBuilder(t.get("ws.root", workspace.root())).append('\n');
        sb.append(workspace.readOnly() ? t.get("ws.readOnly", workspace.lockHolder().orElse("?")) : t.get("ws.writable")).append('\n');
        ClientWorkspace c = activeClient();
        sb.append(t.get("show.documents", String.join(", ", c.documents()))).append('\n');
        sb.append(t.get("show.series", String.join(", ", c.seriesNames().stream().map(n -> "series/" + n).toList()))).append('\n');
        return sb.toString();
    }

    @Descriptor("List the saved versions of a document (e.g. plans/summer-2026) or series (e.g. series/sales-history)")
    public String history(@Descriptor("document path or series/<name>") String item) {
        Texts t = texts();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
        TextTable table = new TextTable(t.get("col.version"), t.get("col.saved"), t.get("col.size"));
        for (DocumentVersion v : activeClient().history(item)) {
            table.row(v.version(), when.format(v.savedAt()), v.sizeBytes());
        }
        return table.toString();
    }

    @Descriptor("Make a saved version current again (it is saved as a new version; nothing is lost)")
    public String restore(@Descriptor("document path or series/<name>") String item, @Descriptor("version number") int version) {
        activeClient().restore(item, version);
        return texts().get("ws.restored", item, version);
    }
}
