package org.imstb.common.diameter.stack.tcp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdiameter.api.Message;

/**
 * Told about the messages the transport handles that the application layer never sees: the base protocol
 * (CER/CEA, DWR/DWA, DPR/DPA) and the answers the transport writes itself (refused CER, inconsistent lengths).
 * jDiameter creates the network guard by reflection, so the stack registers its observer here under its local
 * identity and port before it starts, and the guard looks it up.
 */
@FunctionalInterface
public interface TransportObserver {
    /** A message in ({@code incoming}) or out on the connection with {@code peer} (identity, or address). */
    void message(Message m, boolean incoming, String peer);

    /**
     * Waits until jDiameter has opened the peer {@code identity} (state OKAY) after its CER, at most {@code maxMs}
     * milliseconds; true if it did. jDiameter's per-peer state machine runs on several threads, and a message that
     * arrives right after our CEA could otherwise be handled before the peer is open (and dropped).
     */
    default boolean awaitOpen(String identity, long maxMs) {
        return true;
    }

    /** Registers the observer of the stack listening as {@code identity} on {@code port}. */
    static void register(String identity, int port, TransportObserver observer) {
        Registry.BY_STACK.put(Registry.key(identity, port), observer);
    }

    static void unregister(String identity, int port) {
        Registry.BY_STACK.remove(Registry.key(identity, port));
    }

    /** The observer registered for {@code identity} and {@code port}; one that ignores everything if none is. */
    static TransportObserver of(String identity, int port) {
        return Registry.BY_STACK.getOrDefault(Registry.key(identity, port), (m, in, p) -> { });
    }

    /** Holder of the registrations (interfaces cannot have private fields). */
    final class Registry {
        private static final Map<String, TransportObserver> BY_STACK = new ConcurrentHashMap<>();

        private Registry() {
        }

        private static String key(String identity, int port) {
            return identity + ":" + port;
        }
    }
}
