package org.imstb.ue.as.thirdparty;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.PushNotificationRequest;
import org.imstb.common.sh.data.ShData;
import org.imstb.ue.as.sh.ServiceData;
import org.imstb.ue.as.sh.ShAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the thirdparty service does over Sh when a user registers (Expires > 0): reads the user's IMSUserState (UDR)
 * and logs it; counts the registrations in the user's repository data under {@value #SERVICE_INDICATION}
 * ({@code <registrations>N</registrations><lastSeen>ISO-8601 instant</lastSeen>}, read-modify-write); subscribes
 * once per user to IMSUserState changes (SNR) and logs the PNRs that follow. All asynchronous: results and errors
 * are only logged, the SIP answer never waits for them.
 */
final class RegistrationRecords {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationRecords.class);
    /** The Service-Indication of the repository data the service keeps. */
    static final String SERVICE_INDICATION = "imstb-example";

    private final String service;
    private final ShAccess sh;
    private final Set<String> subscribed = ConcurrentHashMap.newKeySet();

    RegistrationRecords(String service, ShAccess sh) {
        this.service = service;
        this.sh = sh;
        sh.onPush(this::pushed);
    }

    /** {@code user} registered (or re-registered) at {@code at}. Returns at once. */
    void registered(String user, Instant at) {
        sh.imsUserState(user).whenComplete((state, e) -> {
            if (e != null) {
                LOG.warn("{}: Sh UDR IMSUserState for {} failed: {}", service, user, ShAccess.describe(e));
            } else {
                LOG.info("{}: Sh IMSUserState of {}: {}", service, user, state);
            }
        });
        sh.update(user, SERVICE_INDICATION, old -> serviceData(ServiceData.count(old, "registrations") + 1, at))
                .whenComplete((stored, e) -> {
                    if (e != null) {
                        LOG.warn("{}: Sh repository data {} of {} not written: {}", service, SERVICE_INDICATION,
                                user, ShAccess.describe(e));
                    } else {
                        LOG.info("{}: Sh repository data {} of {} is now #{} {}", service, SERVICE_INDICATION, user,
                                stored.sequenceNumber(), stored.serviceData());
                    }
                });
        if (subscribed.add(user)) {
            sh.subscribe(user, DataReference.IMS_USER_STATE).whenComplete((sna, e) -> {
                if (e != null) {
                    subscribed.remove(user); // the next registration tries again
                    LOG.warn("{}: Sh SNR IMSUserState for {} failed: {}", service, user, ShAccess.describe(e));
                } else {
                    LOG.info("{}: Sh subscribed to IMSUserState of {}", service, user);
                }
            });
        }
    }

    /** The ServiceData written: the count and when the last registration came. */
    static String serviceData(int registrations, Instant lastSeen) {
        return ServiceData.element("registrations", registrations) + ServiceData.element("lastSeen", lastSeen);
    }

    private void pushed(PushNotificationRequest pnr) {
        String user = pnr.userIdentity().publicIdentity();
        if (user == null || !subscribed.contains(user)) {
            return;
        }
        try {
            ShData data = ShData.parse(pnr.userData());
            LOG.info("{}: Sh PNR for {}: IMSUserState {}", service, user,
                    data.imsData() == null ? "absent" : data.imsData().imsUserState());
        } catch (RuntimeException e) {
            LOG.warn("{}: Sh PNR for {} with unreadable User-Data: {}", service, user, e.getMessage());
        }
    }
}
