package org.imstb.common.sh;

import java.util.Objects;

/**
 * PNR (TS 29.329 §6.1.7): the HSS tells a subscribed application server that user data changed.
 *
 * @param userIdentity             User-Identity (mandatory): the identity the AS subscribed with
 * @param wildcardedPublicIdentity Wildcarded-Public-Identity, or null
 * @param userData                 User-Data (mandatory): Sh-Data with the changed data
 */
public record PushNotificationRequest(UserIdentity userIdentity, String wildcardedPublicIdentity, String userData)
        implements Messages {
    public PushNotificationRequest {
        Objects.requireNonNull(userIdentity, "userIdentity");
        Objects.requireNonNull(userData, "userData");
    }
}
