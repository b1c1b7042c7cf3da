package org.imstb.ue.as.sh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.imstb.common.cx.HssRef;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.node.Metrics;
import org.imstb.common.sh.DataReference;
import org.imstb.common.sh.ProfileUpdateRequest;
import org.imstb.common.sh.PushNotificationRequest;
import org.imstb.common.sh.PushNotifications;
import org.imstb.common.sh.ShClient;
import org.imstb.common.sh.SubscribeNotificationsAnswer;
import org.imstb.common.sh.SubscribeNotificationsRequest;
import org.imstb.common.sh.UserDataAnswer;
import org.imstb.common.sh.UserDataRequest;
import org.imstb.common.sh.data.ImsUserState;
import org.imstb.common.sh.data.RepositoryData;
import org.imstb.common.sh.data.ShData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AS's Sh client towards its HSS, with the operations the services need: read IMSUserState, read and
 * read-modify-write repository data, subscribe to notifications, receive PNRs. Every operation returns at once: its
 * requests are sent from one Sh thread of the AS (never the caller's, so a JAIN-SIP listener thread is never held)
 * and its future completes there; it fails with {@link ShFailure} when the HSS answers other than success, with the
 * stack's exception when no answer comes. Read-modify-writes of the same identity and Service-Indication run one
 * after the other. Counts {@code imstb_as_sh_total{operation,outcome}}.
 */
public final class ShAccess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShAccess.class);

    private final ShClient client;
    private final HssRef hss;
    private final Metrics metrics;
    private final ExecutorService executor;
    private final List<Consumer<PushNotificationRequest>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<?>> updates = new HashMap<>();

    private ShAccess(DiameterStack stack, HssRef hss, String nodeName, Metrics metrics) {
        this.client = new ShClient(stack);
        this.hss = hss;
        this.metrics = metrics;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, nodeName + "-sh");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Sh over {@code stack} towards {@code hss} (Destination-Host when it names one, Destination-Realm); also serves
     * PNR on the stack. Call before the stack starts.
     */
    public static ShAccess create(DiameterStack stack, HssRef hss, String nodeName, Metrics metrics) {
        metrics.describe("imstb_as_sh_total", "Sh operations of the AS by operation and outcome");
        ShAccess sh = new ShAccess(stack, hss, nodeName, metrics);
        PushNotifications.receive(stack, sh::pushed);
        return sh;
    }

    /** The HSS the requests go to. */
    public HssRef hss() {
        return hss;
    }

    /** UDR for IMSUserState: the user's state, or null when the HSS sends none. */
    public CompletableFuture<ImsUserState> imsUserState(String impu) {
        return counted("udr", onSh(() -> client.udr(UserDataRequest.of(impu, DataReference.IMS_USER_STATE),
                hss.realm(), hss.host())).thenApply(uda -> {
                    ShData data = userData("UDR", impu, uda);
                    return data.imsData() == null ? null : data.imsData().imsUserState();
                }));
    }

    /** UDR for the repository data of {@code serviceIndication}: empty when the HSS holds none. */
    public CompletableFuture<Optional<RepositoryData>> repositoryData(String impu, String serviceIndication) {
        return counted("udr", readRepository(impu, serviceIndication));
    }

    /**
     * Read-modify-write of the repository data of {@code serviceIndication} (TS 29.328 §6.1.2): reads it (UDR), then
     * writes (PUR) {@code change} applied to its ServiceData (null when there is none yet), with sequence number 0
     * when creating it, else the successor of the one read. When another writer got there first (5105
     * DIAMETER_ERROR_TRANSPARENT_DATA_OUT_OF_SYNC, or 4101 DIAMETER_PRIOR_UPDATE_IN_PROGRESS) it reads again and
     * retries once. {@code change} runs on the Sh thread and returns the new ServiceData as XML text (null deletes
     * existing data). Completes with the data as stored.
     */
    public CompletableFuture<RepositoryData> update(String impu, String serviceIndication,
            UnaryOperator<String> change) {
        String key = impu + '\n' + serviceIndication;
        synchronized (updates) {
            CompletableFuture<?> previous = updates.getOrDefault(key, CompletableFuture.completedFuture(null));
            CompletableFuture<RepositoryData> next = counted("update", previous.handle((x, e) -> null)
                    .thenCompose(x -> attempt(impu, serviceIndication, change, true)));
            updates.put(key, next);
            next.whenComplete((x, e) -> {
                synchronized (updates) {
                    updates.remove(key, next);
                }
            });
            return next;
        }
    }

    private CompletableFuture<RepositoryData> attempt(String impu, String serviceIndication,
            UnaryOperator<String> change, boolean retry) {
        return readRepository(impu, serviceIndication).thenCompose(current -> {
            RepositoryData next = current.map(c -> c.update(change.apply(c.serviceData())))
                    .orElseGet(() -> new RepositoryData(serviceIndication, 0, change.apply(null)));
            String xml = ShData.of(next).toXml();
            return onSh(() -> client.pur(ProfileUpdateRequest.repositoryData(impu, xml), hss.realm(), hss.host()))
                    .thenCompose(pua -> {
                        DiameterResult r = pua.result();
                        if (r != null && r.isSuccess()) {
                            return CompletableFuture.completedFuture(next);
                        }
                        if (retry && (DiameterResult.ERROR_TRANSPARENT_DATA_OUT_OF_SYNC.is(r)
                                || DiameterResult.PRIOR_UPDATE_IN_PROGRESS.is(r))) {
                            LOG.debug("PUR {} for {}: {}; reading again", serviceIndication, impu, r);
                            return attempt(impu, serviceIndication, change, false);
                        }
                        throw new ShFailure("PUR " + serviceIndication, impu, r);
                    });
        });
    }

    private CompletableFuture<Optional<RepositoryData>> readRepository(String impu, String serviceIndication) {
        return onSh(() -> client.udr(UserDataRequest.repositoryData(impu, serviceIndication), hss.realm(),
                hss.host())).thenApply(uda -> userData("UDR " + serviceIndication, impu, uda)
                        .repositoryData(serviceIndication));
    }

    /** SNR: subscribes to changes of {@code references} of {@code impu} (no expiry, no data in the answer). */
    public CompletableFuture<SubscribeNotificationsAnswer> subscribe(String impu, DataReference... references) {
        return counted("snr", onSh(() -> client.snr(SubscribeNotificationsRequest.subscribe(impu, List.of(),
                references), hss.realm(), hss.host())).thenApply(sna -> {
                    if (sna.result() == null || !sna.result().isSuccess()) {
                        throw new ShFailure("SNR", impu, sna.result());
                    }
                    return sna;
                }));
    }

    /**
     * Adds a listener of the PNRs the HSS sends; each listener sees every PNR (on a Diameter worker thread, so it
     * must not block). A listener that fails is logged; the PNA is always 2001.
     */
    public void onPush(Consumer<PushNotificationRequest> listener) {
        listeners.add(listener);
    }

    private DiameterResult pushed(PushNotificationRequest pnr) {
        metrics.increment("imstb_as_sh_total", "operation", "pnr", "outcome", "ok");
        for (Consumer<PushNotificationRequest> l : listeners) {
            try {
                l.accept(pnr);
            } catch (RuntimeException e) {
                LOG.warn("PNR listener failed on the PNR for {}", pnr.userIdentity(), e);
            }
        }
        return DiameterResult.SUCCESS;
    }

    /** The Sh-Data of a successful UDA (empty without User-Data); ShFailure for any other result. */
    private static ShData userData(String command, String impu, UserDataAnswer uda) {
        if (uda.result() == null || !uda.result().isSuccess()) {
            throw new ShFailure(command, impu, uda.result());
        }
        return uda.userData() == null ? ShData.of() : ShData.parse(uda.userData());
    }

    /** Runs {@code send} on the Sh thread; the result completes there too. */
    private <T> CompletableFuture<T> onSh(Supplier<CompletableFuture<T>> send) {
        try {
            return CompletableFuture.supplyAsync(send, executor).thenCompose(f -> f)
                    .thenApplyAsync(x -> x, executor);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("Sh is stopped", e));
        }
    }

    private <T> CompletableFuture<T> counted(String operation, CompletableFuture<T> f) {
        return f.whenComplete((x, e) -> metrics.increment("imstb_as_sh_total", "operation", operation, "outcome",
                e == null ? "ok" : "failed"));
    }

    /** The message of what made a future fail, without the CompletionException wrapper. */
    public static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof ShFailure ? t.getMessage() : t.toString();
    }

    /** Stops the Sh thread; operations still running fail. Stop the Diameter stack separately. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
