package com.salesworkbench.shell.internal;

import com.salesworkbench.shell.TextTable;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.provisioning.PluginStatus;
import com.salesworkbench.provisioning.Provisioning;
import java.util.Locale;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code plugin:list}: the jars of the plug-in folders and what became of each. */
@Component(service = PluginCommands.class, property = {
        "osgi.command.scope=plugin",
        "osgi.command.function=list"})
public class PluginCommands {

    @Reference
    private Provisioning provisioning;

    @Descriptor("List the jars of the plug-in folders with their state, signer and problem")
    public String list() {
        Texts t = Texts.of(PluginCommands.class, Locale.getDefault());
        TextTable table = new TextTable(t.get("col.jar"), t.get("col.bundle"), t.get("col.version"), t.get("col.state"),
                t.get("col.signer"), t.get("col.problem"));
        for (PluginStatus s : provisioning.plugins()) {
            table.row(s.jar(), s.symbolicName(), s.version(), t.get("state." + s.state().name()),
                    s.signer() == null ? "" : s.signer(), s.problem() == null ? "" : s.problem());
        }
        return table.toString();
    }
}
