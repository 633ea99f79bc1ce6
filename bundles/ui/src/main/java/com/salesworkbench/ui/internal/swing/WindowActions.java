package com.salesworkbench.ui.internal.swing;

import com.salesworkbench.api.client.ClientId;
import java.util.List;

/** What the window asks of the program around it: the clients, the switch, quitting. */
public interface WindowActions {

    /** A client as the switcher lists it. */
    record ClientChoice(ClientId id, String name) {
        @Override
        public String toString() {
            return name.equals(id.value()) ? name : name + " (" + id.value() + ")";
        }
    }

    List<ClientChoice> clients();

    /** Called on the event thread; the switch itself runs off it, the views follow when the new client is up. */
    void switchClient(ClientId id);

    /** The user closed the window: save, then stop the program. */
    void quit();
}
