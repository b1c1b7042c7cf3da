package org.imstb.common.sip.proxy;

import gov.nist.javax.sip.stack.SIPServerTransaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

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
 * Transaction-stateful forwarding (RFC 3261 §16): each forwarded request gets its own client transaction (one per
 * branch when forking), linked to the server transaction it came in on; responses go back through it as §16.7 says,
 * each through the caller's {@link ResponseHook}; a branch that times out counts as a 408 from it; an upstream CANCEL
 * cancels the branches still pending.
 */
public final class Forwarder {
    private static final Logger LOG = LoggerFactory.getLogger(Forwarder.class);

    private final SipEndpoint sip;
    private final Consumer<Request> outbound;
    private final AtomicLong forwarded = new AtomicLong();

    public Forwarder(SipEndpoint sip) {
        this(sip, r -> { });
    }

    /**
     * @param outbound applied to every request just before it is sent (stateful or stateless), with its final Route
     *                 set and Request-URI and before our Via: the node's policy for what leaves it (e.g. privacy)
     */
    public Forwarder(SipEndpoint sip, Consumer<Request> outbound) {
        this.sip = sip;
        this.outbound = outbound;
    }

    /** What a proxy may do to a response before it is relayed (store Service-Route, strip headers...). */
    @FunctionalInterface
    public interface ResponseHook {
        /** No change. */
        ResponseHook NONE = r -> { };

        void onResponse(Response response);
    }

    /**
     * What a guarded forward does instead of relaying a failure when its next hop never answered (an application
     * server's DefaultHandling, TS 24.229 §5.4.3.2): it may forward the request again on the same server
     * transaction, or answer it.
     */
    @FunctionalInterface
    public interface NoAnswer {
        void handle(int code);
    }

    private record Leg(Branches branches) {
    }

    /** The branches of each proxied request still in progress, by its server transaction (for CANCEL). */
    private final Map<ServerTransaction, Branches> open = new ConcurrentHashMap<>();

    /**
     * A copy of {@code request} ready to forward: Max-Forwards decremented, our own Route entry removed (loose
     * routing, RFC 3261 §16.4). Returns null after answering 483 when Max-Forwards is exhausted, or 482 when the
     * request is looping (it already went through us in this same state, RFC 3261 §16.3 step 4; see {@link Loops}).
     */
    public Request prepare(ServerTransaction st, Request request) {
        if (Loops.looped(request, sip.config().viaHost(), sip.port())) {
            LOG.info("{} {} loops back to us: 482", request.getMethod(), request.getRequestURI());
            SipReplies.send(sip, st, request, Response.LOOP_DETECTED, null);
            return null;
        }
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
        forwardAll(st, List.of(out), hook);
    }

    /**
     * Forks: sends every request of {@code outs} (each from {@link #prepare}, e.g. one per registered contact) as
     * a branch of the same server transaction. Responses are merged as RFC 3261 §16.7 says (see {@link Branches});
     * after a 2xx to an INVITE the other branches are cancelled. Answers 503 upstream when no branch can be sent.
     */
    public void forwardAll(ServerTransaction st, List<Request> outs, ResponseHook hook) {
        send(st, outs, hook, null);
    }

    /**
     * Forwards {@code out} like {@link #forward}, guarded: when the next hop sends no response at all before the
     * returned task runs (schedule it after the wait you allow), or fails with 408 or 5xx (also a local timeout or an
     * unreachable next hop) before any provisional response other than 100, nothing of it goes upstream and
     * {@code noAnswer} is called instead, once, with the failure's code (408 when the wait ran out).
     */
    public Runnable forwardGuarded(ServerTransaction st, Request out, ResponseHook hook, NoAnswer noAnswer) {
        Branches branches = send(st, List.of(out), hook, noAnswer);
        return () -> {
            if (branches.giveUp(true, Response.REQUEST_TIMEOUT)) {
                // no CANCEL: nothing was heard from the next hop (RFC 3261 §9.1); its transaction just times out
                open.remove(st, branches);
                noAnswer.handle(Response.REQUEST_TIMEOUT);
            }
        };
    }

    private Branches send(ServerTransaction st, List<Request> outs, ResponseHook hook, NoAnswer noAnswer) {
        Branches branches = new Branches(st, hook, noAnswer);
        open.put(st, branches);
        for (Request out : outs) {
            try {
                outbound.accept(out);
                ViaHeader via = sip.viaFor(out, Loops.branch(st.getRequest()));
                via.setRPort();
                out.addFirst(via);
                ClientTransaction ct = sip.provider().getNewClientTransaction(out);
                ct.setApplicationData(new Leg(branches));
                branches.add(ct);
                ct.sendRequest();
                forwarded.incrementAndGet();
            } catch (Exception e) {
                LOG.warn("cannot forward {} to {}: {}", out.getMethod(), out.getRequestURI(), e.toString());
                try {
                    Response failure = sip.messages().createResponse(Response.SERVICE_UNAVAILABLE, st.getRequest());
                    failure.setReasonPhrase("Next hop unreachable");
                    if (!gaveUp(branches, failure.getStatusCode())) {
                        relay(branches, branches.failed(failure), false);
                    }
                } catch (java.text.ParseException pe) {
                    LOG.debug("cannot build 503: {}", pe.toString());
                }
            }
        }
        if (outs.isEmpty()) {
            open.remove(st);
            SipReplies.send(sip, st, st.getRequest(), Response.TEMPORARILY_UNAVAILABLE, "No target");
        }
        return branches;
    }

    /** A guarded forward's failure: true when it was given up and its NoAnswer called. */
    private boolean gaveUp(Branches branches, int code) {
        if (!branches.giveUp(false, code)) {
            return false;
        }
        open.remove(branches.server(), branches);
        branches.noAnswer().handle(code);
        return true;
    }

    /**
     * A CANCEL from upstream (RFC 3261 §16.10): answered 200 at once, then every branch of the INVITE it cancels
     * that has no final response yet is cancelled downstream; their 487 travels back through the INVITE. A CANCEL
     * matching nothing gets 481.
     */
    public void cancel(ServerTransaction cancelSt, Request cancel) {
        ServerTransaction invite = cancelSt instanceof SIPServerTransaction s ? s.getCanceledInviteTransaction()
                : null;
        Branches branches = invite == null ? null : open.get(invite);
        if (branches == null) {
            SipReplies.send(sip, cancelSt, cancel, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        SipReplies.send(sip, cancelSt, cancel, Response.OK, null);
        cancelBranches(branches.unanswered());
    }

    private void cancelBranches(List<ClientTransaction> branches) {
        for (ClientTransaction ct : branches) {
            try {
                sip.provider().getNewClientTransaction(ct.createCancel()).sendRequest();
            } catch (Exception e) {
                LOG.debug("cannot cancel a branch: {}", e.toString());
            }
        }
    }

    /**
     * Forwards a request statelessly (RFC 3261 §16.11): used for ACK to a 2xx, which has no transaction. Our Route
     * entry is removed, Max-Forwards decremented, our Via added; dropped when Max-Forwards is exhausted.
     */
    public void forwardStateless(Request request) {
        forwardStateless(request, r -> { });
    }

    /** {@link #forwardStateless(Request)}, with {@code edit} applied to the copy after our Route entry is removed. */
    public void forwardStateless(Request request, Consumer<Request> edit) {
        Request out = unroute(request);
        if (out == null) {
            return;
        }
        try {
            edit.accept(out);
            outbound.accept(out);
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
        int code = response.getStatusCode();
        if (leg.branches().abandoned() || code >= 300 && gaveUp(leg.branches(), code)) {
            return true;
        }
        leg.branches().heard(code);
        Response up = leg.branches().onResponse(response);
        relay(leg.branches(), up, true);
        if (code >= 200 && code < 300) {
            cancelBranches(leg.branches().unanswered());
        }
        return true;
    }

    private void relay(Branches branches, Response response, boolean stripVia) {
        if (branches.done()) {
            open.remove(branches.server());
        }
        if (response == null) {
            return;
        }
        Response up = (Response) response.clone();
        if (stripVia) {
            up.removeFirst(ViaHeader.NAME);
        }
        branches.hook().onResponse(up);
        try {
            branches.server().sendResponse(up);
        } catch (Exception ex) {
            LOG.debug("cannot relay {} upstream: {}", response.getStatusCode(), ex.toString());
        }
    }

    /** A branch that timed out counts as a 408 from it; returns false for other timeouts. */
    public boolean onTimeout(TimeoutEvent e) {
        ClientTransaction ct = e.getClientTransaction();
        if (e.isServerTransaction() || ct == null || !(ct.getApplicationData() instanceof Leg leg)) {
            return false;
        }
        if (leg.branches().abandoned() || gaveUp(leg.branches(), Response.REQUEST_TIMEOUT)) {
            return true;
        }
        try {
            Response timeout = sip.messages().createResponse(Response.REQUEST_TIMEOUT, leg.branches().server()
                    .getRequest());
            relay(leg.branches(), leg.branches().failed(timeout), false);
        } catch (java.text.ParseException ex) {
            LOG.debug("cannot build 408: {}", ex.toString());
        }
        return true;
    }

    /** Requests forwarded so far. */
    public long forwarded() {
        return forwarded.get();
    }
}
