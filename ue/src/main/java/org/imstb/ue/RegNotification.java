package org.imstb.ue;

import org.imstb.common.sip.reginfo.Reginfo;

/**
 * A NOTIFY of the reg event as the UE received it.
 *
 * @param subscriptionState the Subscription-State header value (e.g. {@code active;expires=600})
 * @param reginfo           the decoded body
 */
public record RegNotification(String subscriptionState, Reginfo reginfo) {
    public boolean terminated() {
        return subscriptionState != null && subscriptionState.toLowerCase(java.util.Locale.ROOT)
                .startsWith("terminated");
    }
}
