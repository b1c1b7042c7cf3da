package org.imstb.hss.store;

import java.util.List;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.Subscription;

/** Run in a second JVM by {@link AutoServerTest}: opens the store at args[0], adds carol, prints the count. */
public final class AutoServerPeer {
    private AutoServerPeer() {
    }

    public static void main(String[] args) {
        try (SubscriberStore store = SubscriberStore.open(args[0])) {
            store.add(new Subscription("carol", List.of(new PrivateIdentity("carol@domain1.test", Fixtures.aka(0),
                    null, List.of("sip:carol@domain1.test"))), List.of(PublicIdentity.user("sip:carol@domain1.test",
                    "default"))));
            System.out.println("count=" + store.count() + " sqn=" + store.nextSqn("alice@domain1.test"));
        }
    }
}
