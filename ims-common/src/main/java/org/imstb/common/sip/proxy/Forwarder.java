package org.imstb.common.sip.proxy;

import java.util.concurrent.atomic.AtomicLong;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transaction-stateful forwarding (RFC 3261 §16): each forwarded request gets its own client transaction, linked to
 * the server transaction it came in on; responses other than 100 go back through it, each through the caller's
 * {@link ResponseHook}; a client transaction timeout becomes 408 (non-INVITE) upstream.
 */
public final class Forwarder {
    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);

    private final SipEndpoint sip;
    private final AtomicLong forwarded = new AtomicLong();

    public Forwarder(SipEndpoint sip) {
        this.sip = sip;
    }

    /** What a proxy may do to a response before it is relayed (store Service-Route, strip headers...). */
    @FunctionalInterface
    public interface ResponseHook {
        /** No change. */
        ResponseHook NONE = r -> { };

        void onResponse(Response response);
    }

    private record Leg(ServerTransaction server, ResponseHook hook) {
    }

    /**
     * A copy of {@code request} ready to forward: Max-Forwards decremented, our own Route entry removed (loose
     * routing, RFC 3261 §16.4). Returns null after answering 483 when Max-Forwards is exhausted.
     */
    public Request prepare(ServerTransaction st, Request request) {
        Request out = unroute(request);
        if (out == null) {
            SipReplies.send(sip, st, request, Response.TOO_MANY_HOPS, null);
        }
        return out;
    }

    /** A copy with Max-Forwards decremented (70 when absent) and our Route entry removed; null when exhausted. */
    private Request unroute(Request request) {
        Request out = (Request) request.clone();
        MaxForwardsHeader mf = (MaxForwardsHeader) out.getHeader(MaxForwardsHeader.NAME);
        try {
            if (mf == null) {
                out.setHeader(sip.headers().createMaxForwardsHeader(70));
            } else if (mf.getMaxForwards() <= 0) {
                return null;
            } else {
                mf.decrementMaxForwards();
            }
        } catch (javax.sip.InvalidArgumentException | javax.sip.header.TooManyHopsException e) {
            return null;
        }
        RouteHeader top = (RouteHeader) out.getHeader(RouteHeader.NAME);
        if (top != null && sip.isOwn(top.getAddress().getURI())) {
            out.removeFirst(RouteHeader.NAME);
        }
        return out;
    }

    /**
     * Sends {@code out} (from {@link #prepare}) to its next hop (top Route, else Request-URI) with our Via on top.
     * Answers 500/503 upstream when it cannot be sent.
     */
    public void forward(ServerTransaction st, Request out, ResponseHook hook) {
        try {
            ViaHeader via = sip.viaFor(out, null);
            via.setRPort();
            out.addFirst(via);
            ClientTransaction ct = sip.provider().getNewClientTransaction(out);
            ct.setApplicationData(new Leg(st, hook));
            ct.sendRequest();
            forwarded.incrementAndGet();
        } catch (Exception e) {
            LOG.warn("cannot forward {} to {}: {}", out.getMethod(), out.getRequestURI(), e.toString());
            SipReplies.send(sip, st, st.getRequest(), Response.SERVICE_UNAVAILABLE, "Next hop unreachable");
        }
    }

    /**
     * Forwards a request statelessly (RFC 3261 §16.11): used for ACK to a 2xx, which has no transaction. Our Route
     * entry is removed, Max-Forwards decremented, our Via added; dropped when Max-Forwards is exhausted.
     */
    public void forwardStateless(Request request) {
        Request out = unroute(request);
        if (out == null) {
            return;
        }
        try {
            out.addFirst(sip.viaFor(out, "z9hG4bK" + org.imstb.common.sip.Tags.token(8)));
            sip.provider().sendRequest(out);
        } catch (Exception e) {
            LOG.debug("cannot forward {} statelessly: {}", out.getMethod(), e.toString());
        }
    }

    /** Relays a response if it belongs to a forwarded request; returns false for other responses. */
    public boolean onResponse(ResponseEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        if (ct == null || !(ct.getApplicationData() instanceof Leg leg)) {
            return false;
        }
        Response response = e.getResponse();
        if (response.getStatusCode() == Response.TRYING) {
            return true;
        }
        Response up = (Response) response.clone();
        up.removeFirst(ViaHeader.NAME);
        leg.hook().onResponse(up);
        try {
            leg.server().sendResponse(up);
        } catch (Exception ex) {
            LOG.debug("cannot relay {} upstream: {}", response.getStatusCode(), ex.toString());
        }
        return true;
    }

    /** Answers 408 upstream when a forwarded request timed out; returns false for other timeouts. */
    public boolean onTimeout(TimeoutEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        if (e.isServerTransaction() || ct == null || !(ct.getApplicationData() instanceof Leg leg)) {
            return false;
        }
        SipReplies.send(sip, leg.server(), leg.server().getRequest(), Response.REQUEST_TIMEOUT, null);
        return true;
    }

    /** Requests forwarded so far. */
    public long forwarded() {
        return forwarded.get();
    }
}
