package com.salesworkbench.shell.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.SwitchReport;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code client:*}: list, create, show and switch the consulting clients of the workspace. */
@Component(service = ClientCommands.class, property = {
        "osgi.command.scope=client",
        "osgi.command.function=list",
        "osgi.command.function=create",
        "osgi.command.function=show",
        "osgi.command.function=switch"})
public class ClientCommands {

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    private static Texts texts() {
        return Texts.of(ClientCommands.class, Locale.getDefault());
    }

    @Descriptor("List the clients of the workspace; * marks the active one")
    public String list() {
        Texts t = texts();
        String active = provisioning.activeClient().map(ClientId::value).orElse("");
        TextTable table = new TextTable("", t.get("col.id"), t.get("col.name"), t.get("col.locale"), t.get("col.features"));
        for (ClientId id : workspace.clients()) {
            String mark = id.value().equals(active) ? "*" : "";
            try {
                ClientProfile p = provisioning.profile(id);
                table.row(mark, id, p.name(), p.locale(), String.join(", ", p.features()));
            } catch (WorkspaceException e) {
                table.row(mark, id, t.get("client.unreadable", e.getMessage()), "", "");
            }
        }
        return table.toString();
    }

    @Descriptor("Create a client with its own workspace folder and profile")
    public String create(
            @Descriptor("display name") @Parameter(names = {"-n", "--name"}, absentValue = "") String name,
            @Descriptor("locale of the client's documents, e.g. ru-RU, zh-CN, en-GB") @Parameter(names = {"-l", "--locale"}, absentValue = "en") String locale,
            @Descriptor("comma-separated features, e.g. forecasting,planning") @Parameter(names = {"-f", "--features"}, absentValue = "full") String features,
            @Descriptor("client id: lower-case letters, digits, '-' and '_'") String id) {
        List<String> featureList = Arrays.stream(features.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        ClientProfile p = provisioning.createClient(ClientProfile.of(id, name, locale, featureList));
        return texts().get("client.created", p.id(), p.name(), String.join(", ", p.features()));
    }

    @Descriptor("Show the active client's profile, documents and series")
    public String show() {
        return show(provisioning.requireActiveClient().value());
    }

    @Descriptor("Show a client's profile, documents and series")
    public String show(@Descriptor("client id") String id) {
        Texts t = texts();
        ClientId clientId = ClientId.of(id);
        ClientProfile p = provisioning.profile(clientId);
        ClientWorkspace folder = workspace.client(clientId);
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("show.client", p.id(), p.name())).append('\n');
        sb.append(t.get("show.locale", p.locale())).append('\n');
        sb.append(t.get("show.features", String.join(", ", p.features()))).append('\n');
        if (!p.bundles().isEmpty()) {
            sb.append(t.get("show.bundles", String.join(", ", p.bundles()))).append('\n');
        }
        sb.append(p.requireSignedBundles() ? t.get("show.signed", p.trustStore()) : t.get("show.unsigned")).append('\n');
        for (Map.Entry<String, Map<String, Object>> s : p.settings().entrySet()) {
            sb.append(t.get("show.setting", s.getKey(), s.getValue())).append('\n');
        }
        sb.append(t.get("show.folder", folder.folder())).append('\n');
        sb.append(t.get("show.documents", String.join(", ", folder.documents()))).append('\n');
        sb.append(t.get("show.series", String.join(", ", folder.seriesNames()))).append('\n');
        return sb.toString();
    }

    @Descriptor("Switch to another client: saves open work, then swaps the running bundle set")
    public String _switch(@Descriptor("client id") String id) {
        return format(provisioning.switchTo(ClientId.of(id)));
    }

    static String format(SwitchReport r) {
        Texts t = texts();
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("switch.done", r.from() == null ? "-" : r.from(), r.to(), r.elapsed().toMillis())).append('\n');
        line(sb, t.get("switch.saved"), r.saved());
        line(sb, t.get("switch.removed"), r.removed());
        line(sb, t.get("switch.added"), r.added());
        line(sb, t.get("switch.updated"), r.updated());
        for (String p : r.problems()) {
            sb.append(t.get("switch.problem", p)).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, List<String> items) {
        if (!items.isEmpty()) {
            sb.append(label).append(' ').append(String.join(", ", items)).append('\n');
        }
    }
}
