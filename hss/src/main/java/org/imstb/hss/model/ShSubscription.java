package org.imstb.hss.model;

import java.time.Instant;
import java.util.Objects;
import org.imstb.common.sh.DataReference;

/**
 * An application server's subscription to notifications of changes of one kind of user data (Sh-Subs-Notif,
 * TS 29.328 §6.1.3).
 *
 * @param identity          the public identity the AS subscribed with (sent back in the PNR's User-Identity)
 * @param dataReference     what the AS wants to hear about
 * @param serviceIndication the Service-Indication for RepositoryData, else null
 * @param asHost            the AS's Diameter identity (Origin-Host of the SNR): PNRs go to it
 * @param asRealm           the AS's realm (Origin-Realm of the SNR)
 * @param expiresAt         when the subscription ends, or null for never
 * @param oneTime           One-Time-Notification: the subscription ends with its first notification
 */
public record ShSubscription(String identity, DataReference dataReference, String serviceIndication, String asHost,
        String asRealm, Instant expiresAt, boolean oneTime) {
    public ShSubscription {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(dataReference, "dataReference");
        Objects.requireNonNull(asHost, "asHost");
        Objects.requireNonNull(asRealm, "asRealm");
        if ((dataReference == DataReference.REPOSITORY_DATA) != (serviceIndication != null)) {
            throw new IllegalArgumentException("a Service-Indication goes with RepositoryData, and only with it");
        }
    }
}
