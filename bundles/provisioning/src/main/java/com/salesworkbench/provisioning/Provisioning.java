package com.salesworkbench.provisioning;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Decides which bundles run: the active client's features and plug-ins. */
@ProviderType
public interface Provisioning {

    /** The client whose bundle set is in place, once start-up provisioning has finished. */
    Optional<ClientId> activeClient();

    /**
     * The active client, for commands that work on it.
     *
     * @throws ProvisioningException saying, in the program's language, that no client is active yet
     */
    default ClientId requireActiveClient() {
        return activeClient().orElseThrow(() -> new ProvisioningException(
                Texts.of(Provisioning.class, Locale.getDefault()).get("client.noneActive")));
    }

    /**
     * Waits until start-up provisioning (or a running switch) has finished.
     *
     * @return false when the time ran out
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException;

    /**
     * Saves open work, then swaps the running bundle set to the target client's: stops and uninstalls
     * what it does not need, installs and starts what it does, refreshes wiring.
     *
     * @throws ProvisioningException when open work cannot be saved or the client does not exist; nothing
     *                               has changed then
     */
    SwitchReport switchTo(ClientId client);

    ClientProfile profile(ClientId client);

    /**
     * The active client's locale, in which its figures (numbers, money, dates) are shown; the program's
     * language while no client is active or its profile cannot be read.
     */
    default Locale clientLocale() {
        try {
            return activeClient().map(id -> profile(id).javaLocale()).orElse(Locale.getDefault());
        } catch (RuntimeException e) {
            return Locale.getDefault();
        }
    }

    /** Creates a client folder with this profile; the features must exist. */
    ClientProfile createClient(ClientProfile profile);

    /** Saves a changed profile; it takes effect at the next switch to that client. */
    void saveProfile(ClientProfile profile);

    FeatureCatalog features();

    /** Every jar of the plug-in folders with what became of it. */
    List<PluginStatus> plugins();
}
