package org.imstb.common.sh;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * SNR (TS 29.329 §6.1.5): an application server subscribes to (or unsubscribes from) notifications of changes of
 * user data.
 *
 * @param userIdentity             User-Identity (mandatory)
 * @param wildcardedPublicIdentity Wildcarded-Public-Identity, or null
 * @param serviceIndications       Service-Indication, one per repository data (RepositoryData)
 * @param sendData                 Send-Data-Indication USER_DATA_REQUESTED: the SNA carries the current data
 * @param serverName               Server-Name, or null
 * @param type                     Subs-Req-Type (mandatory)
 * @param dataReferences           Data-Reference, at least one
 * @param identitySets             Identity-Set
 * @param expiryTime               Expiry-Time the AS asks for, or null (no expiry)
 * @param oneTimeNotification      One-Time-Notification: the subscription ends with its first notification
 */
public record SubscribeNotificationsRequest(UserIdentity userIdentity, String wildcardedPublicIdentity,
        List<String> serviceIndications, boolean sendData, String serverName, SubsReqType type,
        List<DataReference> dataReferences, List<IdentitySet> identitySets, Instant expiryTime,
        boolean oneTimeNotification) implements Messages {
    public SubscribeNotificationsRequest {
        Objects.requireNonNull(userIdentity, "userIdentity");
        Objects.requireNonNull(type, "type");
        serviceIndications = serviceIndications == null ? List.of() : List.copyOf(serviceIndications);
        dataReferences = List.copyOf(dataReferences);
        if (dataReferences.isEmpty()) {
            throw new IllegalArgumentException("an SNR needs at least one Data-Reference");
        }
        identitySets = identitySets == null ? List.of() : List.copyOf(identitySets);
    }

    /** Subscribes to changes of {@code dataReferences} of a public identity, without data in the answer. */
    public static SubscribeNotificationsRequest subscribe(String publicIdentity, List<String> serviceIndications,
            DataReference... dataReferences) {
        return new SubscribeNotificationsRequest(UserIdentity.publicIdentity(publicIdentity), null,
                serviceIndications, false, null, SubsReqType.SUBSCRIBE, List.of(dataReferences), List.of(), null,
                false);
    }

    /** Ends the subscription to {@code dataReferences} of a public identity. */
    public static SubscribeNotificationsRequest unsubscribe(String publicIdentity, List<String> serviceIndications,
            DataReference... dataReferences) {
        return new SubscribeNotificationsRequest(UserIdentity.publicIdentity(publicIdentity), null,
                serviceIndications, false, null, SubsReqType.UNSUBSCRIBE, List.of(dataReferences), List.of(), null,
                false);
    }
}
