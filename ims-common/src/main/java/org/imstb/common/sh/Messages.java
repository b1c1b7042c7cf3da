package org.imstb.common.sh;

/** Marker for the Sh message records. */
public sealed interface Messages permits UserDataRequest, UserDataAnswer, ProfileUpdateRequest, ProfileUpdateAnswer,
        SubscribeNotificationsRequest, SubscribeNotificationsAnswer, PushNotificationRequest, PushNotificationAnswer {
}
