package org.imstb.hss.cx;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.imstb.common.cx.CxClient;
import org.imstb.common.cx.PushProfileRequest;
import org.imstb.common.cx.RegistrationTerminationRequest;
import org.imstb.hss.model.RegistrationRecord;
import org.imstb.hss.model.RegistrationState;
import org.imstb.hss.store.SubscriberStore;
import org.imstb.hss.userdata.UserDataXml;

/**
 * HSS-initiated Cx procedures (TS 29.228 §6.1.3 and §6.1.5): RTR when an administrator deregisters a private
 * identity, PPR when its profile changed. Each goes to every S-CSCF that has identities of the IMPI assigned; the
 * S-CSCF's Diameter host is the host of its SIP URI (sip:scscf.domain1.test:6060 → scscf.domain1.test). After a
 * successful RTA the identities are NOT_REGISTERED.
 */
public final class NetworkInitiated {
    /** Reason-Code PERMANENT_TERMINATION (TS 29.229 §6.3.17). */
    public static final int PERMANENT_TERMINATION = 0;

    private final SubscriberStore store;
    private final CxClient cx;
    private final String realm;

    public NetworkInitiated(SubscriberStore store, CxClient cx, String realm) {
        this.store = store;
        this.cx = cx;
        this.realm = realm;
    }

    /** Sends RTR for every S-CSCF serving {@code impi}; completes with one line per S-CSCF. */
    public CompletableFuture<List<String>> deregister(String impi, int reasonCode, String reasonInfo) {
        store.recheckProvisioning();
        List<CompletableFuture<String>> sent = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byServer(impi).entrySet()) {
            String host = diameterHost(e.getKey());
            List<String> impus = e.getValue();
            sent.add(cx.rtr(new RegistrationTerminationRequest(impi, impus, reasonCode, reasonInfo), realm, host)
                    .thenApply(rta -> {
                        if (rta.result().isSuccess()) {
                            store.updateRegistration(impus, RegistrationState.NOT_REGISTERED, null, null);
                        }
                        return "RTR " + impus + " to " + host + ": " + rta.result();
                    }));
        }
        return all(sent);
    }

    /**
     * Sends PPR with the current User-Data to every S-CSCF serving {@code impi}; a profile changed by the provisioning
     * CLI just before is seen (the HSS checks the provisioning version first).
     */
    public CompletableFuture<List<String>> pushProfile(String impi) {
        store.recheckProvisioning();
        List<CompletableFuture<String>> sent = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byServer(impi).entrySet()) {
            String host = diameterHost(e.getKey());
            String userData = store.subscriptionFor(impi, e.getValue().get(0)).map(UserDataXml::render).orElse(null);
            sent.add(cx.ppr(new PushProfileRequest(impi, userData), realm, host)
                    .thenApply(ppa -> "PPR " + impi + " to " + host + ": " + ppa.result()));
        }
        return all(sent);
    }

    private Map<String, List<String>> byServer(String impi) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (RegistrationRecord r : store.registrationsOf(impi)) {
            if (r.scscfName() != null && r.state() != RegistrationState.NOT_REGISTERED) {
                m.computeIfAbsent(r.scscfName(), s -> new ArrayList<>()).add(r.impu());
            }
        }
        return m;
    }

    static String diameterHost(String scscfSipUri) {
        String s = scscfSipUri.replaceFirst("(?i)^sips?:", "");
        s = s.contains("@") ? s.substring(s.indexOf('@') + 1) : s;
        String host = URI.create("sip://" + s.split(";")[0]).getHost();
        return host == null ? s : host;
    }

    private static CompletableFuture<List<String>> all(List<CompletableFuture<String>> sent) {
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .thenApply(v -> sent.stream().map(CompletableFuture::join).toList());
    }
}
