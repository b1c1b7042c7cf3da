package org.imstb.hss.sh;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.RequestHandler;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.SubsReqType;
import org.imstb.common.sh.SubscribeNotificationsAnswer;
import org.imstb.common.sh.SubscribeNotificationsRequest;
import org.imstb.common.sh.codec.SnaCodec;
import org.imstb.common.sh.codec.SnrCodec;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ShSubscription;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;

/**
 * SNR → SNA (Sh-Subs-Notif, TS 29.328 §6.1.3): the AS (its Origin-Host and Origin-Realm) subscribes to, or
 * unsubscribes from, changes of RepositoryData (per Service-Indication), IMSUserState or S-CSCFName of an identity.
 * Subscriptions are stored with the Expiry-Time asked for (granted as asked and returned in the SNA) and the
 * One-Time-Notification flag. With Send-Data-Indication the SNA of a subscription carries the current data.
 *
 * <p>Answers, in this order: AS not in {@code sh.allowedPeers} 5104 DIAMETER_ERROR_USER_DATA_CANNOT_BE_NOTIFIED;
 * identity unknown 5001; another Data-Reference 5104; subscribing to repository data that does not exist 5106
 * DIAMETER_ERROR_SUBS_DATA_ABSENT (nothing is stored); otherwise 2001 (also when unsubscribing from nothing).
 */
public final class SnrHandler implements RequestHandler {
    /** The Data-References whose changes this HSS notifies. */
    static final Set<DataReference> NOTIFIABLE = EnumSet.of(DataReference.REPOSITORY_DATA,
            DataReference.IMS_USER_STATE, DataReference.S_CSCF_NAME);

    private final HssSh sh;
    private final ShDataAssembler data;

    public SnrHandler(HssSh sh) {
        this.sh = sh;
        this.data = new ShDataAssembler(sh);
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        SubscribeNotificationsRequest snr = SnrCodec.read(request);
        HssSh.requireServiceIndication(snr.dataReferences(), snr.serviceIndications());
        SubscribeNotificationsAnswer sna = decide(snr, HssSh.Origin.of(request));
        return Answers.answer(request, sna.result(), w -> SnaCodec.write(sna, w));
    }

    SubscribeNotificationsAnswer decide(SubscribeNotificationsRequest snr, HssSh.Origin as) {
        if (!sh.allowed(as.host())) {
            return failure(DiameterResult.ERROR_USER_DATA_CANNOT_BE_NOTIFIED);
        }
        Optional<PublicIdentity> found = sh.resolve(snr.userIdentity());
        if (found.isEmpty()) {
            return failure(DiameterResult.ERROR_USER_UNKNOWN);
        }
        if (!NOTIFIABLE.containsAll(snr.dataReferences())) {
            return failure(DiameterResult.ERROR_USER_DATA_CANNOT_BE_NOTIFIED);
        }
        String impu = found.get().identity();
        boolean repository = snr.dataReferences().contains(DataReference.REPOSITORY_DATA);
        if (snr.type() == SubsReqType.UNSUBSCRIBE) {
            for (DataReference ref : snr.dataReferences()) {
                if (ref == DataReference.REPOSITORY_DATA) {
                    snr.serviceIndications().forEach(si -> sh.sh().unsubscribe(impu, ref, si, as.host()));
                } else {
                    sh.sh().unsubscribe(impu, ref, null, as.host());
                }
            }
            return new SubscribeNotificationsAnswer(DiameterResult.SUCCESS, HssSh.wildcard(found.get()), null, null);
        }
        if (repository && snr.serviceIndications().stream()
                .anyMatch(si -> sh.sh().repositoryData(impu, si).isEmpty())) {
            return failure(DiameterResult.ERROR_SUBS_DATA_ABSENT);
        }
        for (DataReference ref : snr.dataReferences()) {
            if (ref == DataReference.REPOSITORY_DATA) {
                snr.serviceIndications().stream().distinct().forEach(si -> sh.sh().subscribe(new ShSubscription(impu,
                        ref, si, as.host(), as.realm(), snr.expiryTime(), snr.oneTimeNotification())));
            } else {
                sh.sh().subscribe(new ShSubscription(impu, ref, null, as.host(), as.realm(), snr.expiryTime(),
                        snr.oneTimeNotification()));
            }
        }
        String userData = snr.sendData() ? data.read(found.get(), snr.dataReferences(), snr.serviceIndications(),
                snr.identitySets(), snr.serverName()).toXml() : null;
        return new SubscribeNotificationsAnswer(DiameterResult.SUCCESS, HssSh.wildcard(found.get()), userData,
                snr.expiryTime());
    }

    private static SubscribeNotificationsAnswer failure(DiameterResult result) {
        return new SubscribeNotificationsAnswer(result, null, null, null);
    }
}
