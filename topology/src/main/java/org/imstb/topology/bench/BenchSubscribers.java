package org.imstb.topology.bench;

import java.util.ArrayList;
import java.util.List;
import org.imstb.common.util.Hex;
import org.imstb.hss.model.AkaCredentials;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.ProvisioningSet;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServiceProfile;
import org.imstb.hss.model.Subscription;
import org.imstb.hss.store.SubscriberStore;

/** Provisions {@code n} AKA subscribers {@code u<i>@domain1.test} in batches, one transaction per batch. */
final class BenchSubscribers {
    static final String PROFILE = "bench";
    private static final byte[] K = Hex.parse("7e0114c01987caec21efa86c9b1394db");
    private static final byte[] OPC = Hex.parse("30cf8905bb2ee27420c1558292479225");
    private static final byte[] AMF = Hex.parse("b9b9");

    private BenchSubscribers() {
    }

    static String impi(int i) {
        return "u" + i + "@domain1.test";
    }

    static String impu(int i) {
        return "sip:u" + i + "@domain1.test";
    }

    static void provision(SubscriberStore store, int n, int batch) {
        store.apply(new ProvisioningSet(List.of(), List.of(), List.of(ServiceProfile.empty(PROFILE)), List.of()));
        for (int from = store.count(); from < n; from += batch) {
            List<Subscription> subs = new ArrayList<>(batch);
            for (int i = from; i < Math.min(n, from + batch); i++) {
                PrivateIdentity impi = new PrivateIdentity(impi(i), new AkaCredentials(K, OPC, null, AMF, 0), null,
                        List.of(impu(i)));
                subs.add(new Subscription("bench-" + i, List.of(impi), List.of(PublicIdentity.user(impu(i), PROFILE))));
            }
            store.apply(new ProvisioningSet(List.of(), List.of(), List.of(), subs));
        }
    }
}
