package com.salesworkbench.report.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.LocalizedException;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.report.BuiltReport;
import com.salesworkbench.report.ReportException;
import com.salesworkbench.report.ReportFormat;
import com.salesworkbench.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code report:build}: the client deliverable as a PDF or DOCX file. */
@Component(service = ReportCommands.class, property = {
        "osgi.command.scope=report",
        "osgi.command.function=build"})
public class ReportCommands {

    private static final Set<String> LANGUAGES = Set.of("ru", "en", "zh");

    @Reference
    private Provisioning provisioning;

    @Reference
    private ReportComponent reports;

    private static Texts texts() {
        return Texts.of(ReportCommands.class, Locale.getDefault());
    }

    @Descriptor("Build the client deliverable (every report section of the client's modules) as PDF or DOCX")
    public String build(
            @Descriptor("client id (default: the active client)") @Parameter(names = {"-c", "--client"}, absentValue = "") String client,
            @Descriptor("pdf or docx") @Parameter(names = {"-f", "--format"}, absentValue = "") String format,
            @Descriptor("file to write") @Parameter(names = {"-o", "--out"}, absentValue = "") String out,
            @Descriptor("language of the document: ru, en or zh (default: the client's locale)") @Parameter(names = {"-l", "--lang"}, absentValue = "") String lang) {
        Texts t = texts();
        try {
            ReportFormat f = ReportFormat.parse(format).orElseThrow(() -> new ReportException("cmd.format", format));
            if (out.isBlank()) {
                throw new ReportException("cmd.out");
            }
            ClientId id = client.isBlank() ? provisioning.requireActiveClient() : clientId(client);
            Locale locale;
            if (lang.isBlank()) {
                locale = provisioning.profile(id).javaLocale();
            } else if (LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
                locale = Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT));
            } else {
                throw new ReportException("cmd.lang", lang);
            }
            BuiltReport r = reports.build(new ReportRequest(id, locale), f);
            Path file = Path.of(out).toAbsolutePath();
            try {
                AtomicFiles.write(file, r.content());
            } catch (IOException e) {
                throw new ReportException("cmd.write", file, e.getMessage());
            }
            StringBuilder sb = new StringBuilder();
            sb.append(t.get("cmd.done", file, f.extension().toUpperCase(Locale.ROOT), (r.content().length + 1023) / 1024,
                    String.format(Locale.ROOT, "%.2f", r.took().toNanos() / 1e9))).append('\n');
            sb.append(t.get("cmd.sections", r.included().size(), String.join(", ", r.included()))).append('\n');
            for (Map.Entry<String, String> e : r.failed().entrySet()) {
                sb.append(t.get("cmd.failed", e.getKey(), e.getValue())).append('\n');
            }
            sb.append(t.get("cmd.style", reports.styleSource())).append('\n');
            reports.styleProblems().forEach((b, why) -> sb.append(t.get("cmd.styleRefused", b, why)).append('\n'));
            return sb.toString();
        } catch (ReportException e) {
            throw new IllegalArgumentException(e.message(Locale.getDefault()), e);
        } catch (LocalizedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private ClientId clientId(String text) {
        try {
            return ClientId.of(text);
        } catch (IllegalArgumentException e) {
            throw new ReportException("client.missing", text);
        }
    }
}
