package com.salesworkbench.provisioning.testing;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.Provisioning;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * For the modules' command tests (test-jar of this module): a {@link Provisioning} whose active client is always
 * the same, with the client's locale the test sets. Anything else a command asks of it fails the test loudly.
 */
public final class FixedClient {

    private FixedClient() {
    }

    public static Provisioning provisioning(ClientId client, Locale clientLocale) {
        return provisioning(client, () -> clientLocale);
    }

    /** The client's locale is read at each call, so a test can change it between commands. */
    public static Provisioning provisioning(ClientId client, Supplier<Locale> clientLocale) {
        return (Provisioning) Proxy.newProxyInstance(FixedClient.class.getClassLoader(),
                new Class<?>[] {Provisioning.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "activeClient" -> Optional.of(client);
                    case "clientLocale" -> clientLocale.get();
                    default -> {
                        if (method.isDefault()) {
                            yield InvocationHandler.invokeDefault(proxy, method, args);
                        }
                        throw new UnsupportedOperationException("FixedClient: " + method.getName());
                    }
                });
    }
}
