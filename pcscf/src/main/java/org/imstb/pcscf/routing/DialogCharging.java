package org.imstb.pcscf.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The icid of each dialog this P-CSCF is on (TS 24.229 §5.2.7: "the P-CSCF may insert previously saved values into the
 * P-Charging-Vector" of the later requests of a dialog): saved, by Call-ID, when the dialog-forming request passes
 * (the icid we generated for a UE's request, or the one a terminating request brought from the core), put into the
 * requests the UE sends inside the dialog (whose own vector, if any, is dropped as untrusted), and forgotten with the
 * BYE. At most {@code capacity} dialogs are kept; beyond that the least recently used is forgotten (a dialog ended by
 * a lost BYE, a crashed UE), and its later requests go without a vector as before.
 */
public final class DialogCharging {
    private final Map<String, String> icidByCallId;

    public DialogCharging(int capacity) {
        this.icidByCallId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void remember(String callId, String icid) {
        if (callId != null && icid != null) {
            icidByCallId.put(callId, icid);
        }
    }

    public synchronized Optional<String> icidOf(String callId) {
        return Optional.ofNullable(icidByCallId.get(callId));
    }

    public synchronized void forget(String callId) {
        icidByCallId.remove(callId);
    }

    /** The Call-ID of a message, or null. */
    static String callId(javax.sip.message.Message m) {
        javax.sip.header.CallIdHeader id =
                (javax.sip.header.CallIdHeader) m.getHeader(javax.sip.header.CallIdHeader.NAME);
        return id == null ? null : id.getCallId();
    }

    public synchronized int size() {
        return icidByCallId.size();
    }
}
