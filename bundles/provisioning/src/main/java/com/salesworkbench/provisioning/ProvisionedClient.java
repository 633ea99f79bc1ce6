package com.salesworkbench.provisioning;

import com.salesworkbench.api.client.ClientId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered while a client's bundle set is in place (with the service property {@value #CLIENT_ID}),
 * withdrawn during a switch. Track it to follow the active client, or to wait for start-up to finish.
 */
@ProviderType
public interface ProvisionedClient {

    String CLIENT_ID = "workbench.client.id";

    ClientProfile profile();
}
