package org.imstb.hss.sh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imstb.common.diameter.codec.DiameterDecodeException;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.Answers;
import org.imstb.common.diameter.stack.RequestHandler;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.ProfileUpdateAnswer;
import org.imstb.common.sh.ProfileUpdateRequest;
import org.imstb.common.sh.RepositoryDataId;
import org.imstb.common.sh.codec.PuaCodec;
import org.imstb.common.sh.codec.PurCodec;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.common.sh.data.ShData;
import org.imstb.common.sh.data.ShDataException;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.store.ShStore.RepositoryWrite;
import org.jdiameter.api.Answer;
import org.jdiameter.api.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PUR → PUA (Sh-Update, TS 29.328 §6.1.2): only repository data may be changed. Each RepositoryData element of the
 * Sh-Data creates (SequenceNumber 0, ServiceData present), updates (SequenceNumber the successor of the stored one,
 * {@link RepositoryData#next}) or, without ServiceData, deletes the data of its Service-Indication. All elements are
 * applied in one transaction or none. Then every AS subscribed to that data gets a PNR ({@link PushNotifier}); after
 * a deletion the subscriptions to it end.
 *
 * <p>Answers, in this order: AS not in {@code sh.allowedPeers} 5103 DIAMETER_ERROR_USER_DATA_CANNOT_BE_MODIFIED;
 * identity unknown 5001; Data-Reference other than RepositoryData 5103; User-Data not Sh-Data with RepositoryData
 * 5100 DIAMETER_ERROR_USER_DATA_NOT_RECOGNIZED; ServiceData over {@code sh.maxServiceDataBytes} 5008
 * DIAMETER_ERROR_TOO_MUCH_DATA; a sequence number that is not the expected one (also creating data that exists)
 * 5105 DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC; deleting data that does not exist 5101
 * DIAMETER_ERROR_OPERATION_NOT_ALLOWED; another update won the race 4101 DIAMETER_PRIOR_UPDATE_IN_PROGRESS;
 * otherwise 2001 with Repository-Data-ID (the last element's Service-Indication and new sequence number).
 */
public final class PurHandler implements RequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PurHandler.class);

    private final HssSh sh;
    private final PushNotifier notifier;

    public PurHandler(HssSh sh, PushNotifier notifier) {
        this.sh = sh;
        this.notifier = notifier;
    }

    @Override
    public Answer handle(Request request) throws DiameterDecodeException {
        ProfileUpdateRequest pur = PurCodec.read(request);
        ProfileUpdateAnswer pua = decide(pur, HssSh.Origin.of(request).host());
        return Answers.answer(request, pua.result(), w -> PuaCodec.write(pua, w));
    }

    ProfileUpdateAnswer decide(ProfileUpdateRequest pur, String originHost) {
        if (!sh.allowed(originHost)) {
            return failure(DiameterResult.ERROR_USER_DATA_CANNOT_BE_MODIFIED);
        }
        Optional<PublicIdentity> found = sh.resolve(pur.userIdentity());
        if (found.isEmpty()) {
            return failure(DiameterResult.ERROR_USER_UNKNOWN);
        }
        if (pur.dataReference() != DataReference.REPOSITORY_DATA) {
            return failure(DiameterResult.ERROR_USER_DATA_CANNOT_BE_MODIFIED);
        }
        List<RepositoryData> items;
        try {
            items = ShData.parse(pur.userData()).repositoryData();
        } catch (ShDataException e) {
            LOG.debug("PUR from {}: {}", originHost, e.getMessage());
            return failure(DiameterResult.ERROR_USER_DATA_NOT_RECOGNIZED);
        }
        Set<String> indications = new HashSet<>();
        if (items.isEmpty() || !items.stream().allMatch(i -> indications.add(i.serviceIndication()))) {
            return failure(DiameterResult.ERROR_USER_DATA_NOT_RECOGNIZED);
        }
        String impu = found.get().identity();
        List<RepositoryWrite> writes = new ArrayList<>(items.size());
        for (RepositoryData item : items) {
            DiameterResult problem = check(impu, item, writes);
            if (problem != null) {
                return failure(problem);
            }
        }
        if (!sh.sh().writeRepositoryData(impu, writes)) {
            return failure(DiameterResult.PRIOR_UPDATE_IN_PROGRESS);
        }
        for (RepositoryData item : items) {
            notifier.repositoryChanged(impu, item);
            if (item.serviceData() == null) {
                sh.sh().unsubscribeAll(impu, DataReference.REPOSITORY_DATA, item.serviceIndication());
            }
        }
        RepositoryData last = items.get(items.size() - 1);
        return new ProfileUpdateAnswer(DiameterResult.SUCCESS, HssSh.wildcard(found.get()),
                new RepositoryDataId(last.serviceIndication(), last.sequenceNumber()), DataReference.REPOSITORY_DATA);
    }

    /** Checks one element against the stored data and adds its write; the failing result, or null. */
    private DiameterResult check(String impu, RepositoryData item, List<RepositoryWrite> writes) {
        if (item.serviceData() != null
                && item.serviceData().getBytes(StandardCharsets.UTF_8).length > sh.config().maxServiceDataBytes()) {
            return DiameterResult.ERROR_TOO_MUCH_DATA;
        }
        Optional<RepositoryData> stored = sh.sh().repositoryData(impu, item.serviceIndication());
        if (stored.isEmpty()) {
            if (item.sequenceNumber() != 0) {
                return DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC;
            }
            if (item.serviceData() == null) {
                return DiameterResult.ERROR_OPERATION_NOT_ALLOWED;
            }
            writes.add(new RepositoryWrite(null, item));
            return null;
        }
        if (item.sequenceNumber() != RepositoryData.next(stored.get().sequenceNumber())) {
            return DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC;
        }
        writes.add(new RepositoryWrite(stored.get().sequenceNumber(), item));
        return null;
    }

    private static ProfileUpdateAnswer failure(DiameterResult result) {
        return new ProfileUpdateAnswer(result, null, null, null);
    }
}
