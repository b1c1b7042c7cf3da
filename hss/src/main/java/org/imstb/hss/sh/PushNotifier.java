package org.imstb.hss.sh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.PushNotificationRequest;
import org.imstb.common.sh.ShClient;
import org.imstb.common.sh.UserIdentity;
import org.imstb.common.sh.data.ImsUserState;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.common.sh.data.ShData;
import org.imstb.common.sh.data.ShImsData;
import org.imstb.hss.model.RegistrationChange;
import org.imstb.hss.model.ShSubscription;
import org.imstb.hss.store.RegistrationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Sh-Notif (PNR, TS 29.328 §6.1.4) to every application server subscribed to data that changed, the AS that
 * made the change included: repository data after a successful PUR, IMS user state and S-CSCF name when the Cx
 * procedures store a new registration (as the store's {@link RegistrationListener}). Each PNR goes to the AS's
 * Diameter host and realm as stored from its SNR, with the identity it subscribed with and Sh-Data holding only the
 * changed data (a deleted repository data item: its Service-Indication and sequence number without ServiceData).
 * One AS subscribed to both IMSUserState and S-CSCFName of an identity gets one PNR with both.
 *
 * <p>The subscribers are read on the caller's thread; building and sending happen on one notifier thread, in the
 * order of the changes, so that the Cx and Sh handlers never wait for an AS. A failed or unanswered PNR is logged
 * (there is no retry); a One-Time-Notification subscription ends once its PNR is sent.
 */
public final class PushNotifier implements RegistrationListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PushNotifier.class);

    private final HssSh sh;
    private final ShClient client;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sh-push-notifier");
        t.setDaemon(true);
        return t;
    });

    public PushNotifier(HssSh sh, ShClient client) {
        this.sh = sh;
        this.client = client;
    }

    /** Notifies the subscribers of repository data {@code data} of {@code impu} (ServiceData null: deleted). */
    public void repositoryChanged(String impu, RepositoryData data) {
        List<ShSubscription> subs = sh.sh().subscriptions(impu, DataReference.REPOSITORY_DATA,
                data.serviceIndication());
        if (!subs.isEmpty()) {
            submit(() -> subs.forEach(s -> send(s, ShData.of(data))));
        }
    }

    @Override
    public boolean active() {
        return sh.sh().watchesRegistrations();
    }

    @Override
    public void changed(List<RegistrationChange> changes) {
        List<Runnable> sends = new ArrayList<>();
        for (RegistrationChange c : changes) {
            ImsUserState before = ShDataAssembler.userState(c.before());
            ImsUserState after = ShDataAssembler.userState(c.after());
            boolean stateChanged = before != after;
            boolean nameChanged = !Objects.equals(c.before().scscfName(), c.after().scscfName());
            if (!stateChanged && !nameChanged) {
                continue;
            }
            Map<String, Notice> byAs = new LinkedHashMap<>();
            if (stateChanged) {
                for (ShSubscription s : sh.sh().subscriptions(c.impu(), DataReference.IMS_USER_STATE, null)) {
                    byAs.computeIfAbsent(s.asHost(), h -> new Notice(s)).add(s).state = after;
                }
            }
            if (nameChanged) {
                for (ShSubscription s : sh.sh().subscriptions(c.impu(), DataReference.S_CSCF_NAME, null)) {
                    byAs.computeIfAbsent(s.asHost(), h -> new Notice(s)).add(s).scscfName = c.after().scscfName();
                }
            }
            for (Notice n : byAs.values()) {
                sends.add(() -> send(n.first, ShData.of(new ShImsData(n.scscfName, List.of(), n.state)),
                        n.subscriptions));
            }
        }
        if (!sends.isEmpty()) {
            submit(() -> sends.forEach(Runnable::run));
        }
    }

    /** What one AS is told about one identity, and the subscriptions that asked for it. */
    private static final class Notice {
        final ShSubscription first;
        final List<ShSubscription> subscriptions = new ArrayList<>();
        ImsUserState state;
        String scscfName;

        Notice(ShSubscription first) {
            this.first = first;
        }

        Notice add(ShSubscription s) {
            subscriptions.add(s);
            return this;
        }
    }

    private void send(ShSubscription s, ShData data) {
        send(s, data, List.of(s));
    }

    private void send(ShSubscription to, ShData data, List<ShSubscription> subscriptions) {
        PushNotificationRequest pnr = new PushNotificationRequest(UserIdentity.publicIdentity(to.identity()), null,
                data.toXml());
        client.pnr(pnr, to.asRealm(), to.asHost()).whenComplete((pna, e) -> {
            if (e != null) {
                LOG.warn("PNR {} to {}: {}", to.identity(), to.asHost(), e.toString());
            } else if (!pna.result().isSuccess()) {
                LOG.warn("PNR {} to {}: {}", to.identity(), to.asHost(), pna.result());
            } else {
                LOG.debug("PNR {} to {}: {}", to.identity(), to.asHost(), pna.result());
            }
        });
        for (ShSubscription s : subscriptions) {
            if (s.oneTime()) {
                sh.sh().unsubscribe(s.identity(), s.dataReference(), s.serviceIndication(), s.asHost());
            }
        }
    }

    private void submit(Runnable r) {
        try {
            executor.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.warn("Sh notification failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("notifier closed; notification dropped");
        }
    }

    /** Stops sending; PNRs already queued get a second to go out. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
