package org.imstb.ue.as;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UAS core's retransmission of a 2xx to an INVITE until its ACK comes (RFC 3261 §13.3.1.4): at T1, then doubling
 * up to T2, for at most 64·T1. The AS's stack runs without dialog support, so the AS does it itself. When no ACK comes
 * the caller is told (it should end the session with BYE). Keyed by Call-ID: one INVITE answered at a time per call.
 */
public final class OkRetransmissions {
    private static final Logger LOG = LoggerFactory.getLogger(OkRetransmissions.class);
    static final long T1 = 500;
    static final long T2 = 4000;

    private final AsContext ctx;
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    public OkRetransmissions(AsContext ctx) {
        this.ctx = ctx;
    }

    /** {@code ok} was just sent for the INVITE of {@code callId}; {@code noAck} runs if no ACK comes. */
    public void start(String callId, Response ok, Runnable noAck) {
        pending.put(callId, ctx.later(T1, retransmit(callId, ok, T1, T1, noAck)));
    }

    private Runnable retransmit(String callId, Response ok, long delay, long elapsed, Runnable noAck) {
        return () -> {
            if (elapsed >= 64 * T1) {
                if (pending.remove(callId) != null) {
                    LOG.info("no ACK for the 2xx of call {}", callId);
                    noAck.run();
                }
                return;
            }
            if (!pending.containsKey(callId)) {
                return;
            }
            try {
                ctx.sip().provider().sendResponse((Response) ok.clone());
            } catch (Exception e) {
                LOG.debug("cannot retransmit 2xx: {}", e.toString());
            }
            long next = Math.min(delay * 2, T2);
            // only while still pending: an ACK may have come meanwhile
            pending.computeIfPresent(callId, (k, old) -> ctx.later(next, retransmit(callId, ok, next, elapsed + next,
                    noAck)));
        };
    }

    /** The ACK came: stop; true if a 2xx was waiting for it. */
    public boolean acked(String callId) {
        ScheduledFuture<?> f = pending.remove(callId);
        if (f != null) {
            f.cancel(false);
            return true;
        }
        return false;
    }

    /** Stops every retransmission (the call ended another way, or the node stops). */
    public void cancel(String callId) {
        acked(callId);
    }

    public void stopAll() {
        pending.values().forEach(f -> f.cancel(false));
        pending.clear();
    }
}
