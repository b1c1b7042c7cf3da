package org.imstb.ue.as;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sip.ClientTransaction;
import javax.sip.SipException;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.Tags;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.ue.as.sh.ShAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every service of the AS shares: the node name, the SIP endpoint, the forwarder, metrics, one timer and, when
 * {@code diameter} is configured, Sh towards the HSS.
 */
public final class AsContext {
    private static final Logger LOG = LoggerFactory.getLogger(AsContext.class);

    private final String nodeName;
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final Metrics metrics;
    private final ScheduledExecutorService timers;
    private final ShAccess sh;

    /** {@code sh} null: the AS has no Sh. */
    public AsContext(String nodeName, SipEndpoint sip, Forwarder forwarder, Metrics metrics,
            ScheduledExecutorService timers, ShAccess sh) {
        this.nodeName = nodeName;
        this.sip = sip;
        this.forwarder = forwarder;
        this.metrics = metrics;
        this.timers = timers;
        this.sh = sh;
    }

    public String nodeName() {
        return nodeName;
    }

    public SipEndpoint sip() {
        return sip;
    }

    public Forwarder forwarder() {
        return forwarder;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Sh towards the HSS, when configured; its operations never block the caller. */
    public Optional<ShAccess> sh() {
        return Optional.ofNullable(sh);
    }

    /**
     * Sends a request the AS originates (its own Via is set for the next hop, the stack picks the branch) on a new
     * client transaction whose responses and timeout go to {@code callback}.
     */
    public ClientTransaction send(Request request, ClientCallback callback) throws SipException {
        try {
            ViaHeader via = sip.viaFor(request, null);
            via.setRPort();
            request.setHeader(via);
        } catch (java.text.ParseException | javax.sip.InvalidArgumentException e) {
            throw new SipException("cannot build our Via", e);
        }
        ClientTransaction ct = sip.provider().getNewClientTransaction(request);
        ct.setApplicationData(callback);
        ct.sendRequest();
        return ct;
    }

    /** Sends an ACK to a 2xx (no transaction) with our Via and a fresh branch. Never throws. */
    public void sendAck(Request ack) {
        try {
            ack.setHeader(sip.viaFor(ack, "z9hG4bK" + Tags.token(8)));
            sip.provider().sendRequest(ack);
        } catch (Exception e) {
            LOG.debug("cannot send ACK: {}", e.toString());
        }
    }

    /** Runs {@code task} after {@code ms} on the AS's timer; a failing task is logged, never kills the timer. */
    public ScheduledFuture<?> later(long ms, Runnable task) {
        return timers.schedule(guarded(task), ms, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} every {@code ms}, guarded like {@link #later}. */
    public ScheduledFuture<?> every(long ms, Runnable task) {
        return timers.scheduleWithFixedDelay(guarded(task), ms, ms, TimeUnit.MILLISECONDS);
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("AS timer task failed", e);
            }
        };
    }
}
