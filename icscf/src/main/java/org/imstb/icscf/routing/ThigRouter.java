package org.imstb.icscf.routing;

import java.util.List;
import java.util.Optional;

import javax.sip.ServerTransaction;
import javax.sip.address.URI;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.thig.Thig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The I-CSCF as the border of its network (THIG, TS 24.229 §5.3.3): requests routed to our inside URI
 * ({@code sip:thig@...}) leave the network, those routed to one of our token URIs come back in (see {@link Thig}).
 * Initial requests coming in are the {@link TerminatingRouter}'s, which calls {@link #entering} for them.
 */
public final class ThigRouter {
    private static final Logger LOG = LoggerFactory.getLogger(ThigRouter.class);

    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final Thig thig;
    private final Metrics metrics;

    public ThigRouter(SipEndpoint sip, Forwarder forwarder, Thig thig, Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.thig = thig;
        this.metrics = metrics;
    }

    /** True for requests whose top Route is one of our THIG URIs. */
    public boolean isOurs(Request request) {
        URI top = Thig.topRoute(request);
        return top != null && (thig.isExit(top) || thig.isToken(top));
    }

    /** A request on one of our THIG URIs: leaving or coming back in. */
    public void handle(ServerTransaction st, Request request) {
        URI top = Thig.topRoute(request);
        if (thig.isExit(top)) {
            leave(st, request);
        } else {
            enter(st, request, top);
        }
    }

    /** Vias and (on dialog-forming initial requests) Record-Route entries of our network are hidden. */
    private void leave(ServerTransaction st, Request request) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        try {
            Thig.hideVias(out);
            boolean initial = ((ToHeader) out.getHeader(ToHeader.NAME)).getTag() == null;
            if (initial && Routes.dialogForming(out)) {
                thig.hideRecordRoutes(out);
            }
        } catch (java.text.ParseException | javax.sip.SipException e) {
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, "THIG: " + e.getMessage());
            return;
        }
        metrics.increment("imstb_icscf_thig_total", "direction", "out");
        forwarder.forward(st, out, r -> {
            try {
                Thig.restoreVias(r, request);
                thig.revealRecordRoutes(r);
            } catch (java.text.ParseException | javax.sip.SipException e) {
                LOG.warn("THIG cannot restore a response: {}", e.toString());
            }
        });
    }

    /** An in-dialog request on a token: the sealed Route entries of our network replace it. Bad tokens get 403. */
    private void enter(ServerTransaction st, Request request, URI token) {
        Optional<List<String>> routes = thig.routesOf(token);
        if (routes.isEmpty()) {
            metrics.increment("imstb_icscf_thig_total", "direction", "bad-token");
            SipReplies.send(sip, st, request, Response.FORBIDDEN, "Invalid THIG token");
            return;
        }
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        try {
            thig.enter(out, routes.get());
        } catch (java.text.ParseException | javax.sip.SipException e) {
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, "THIG: " + e.getMessage());
            return;
        }
        metrics.increment("imstb_icscf_thig_total", "direction", "in");
        forwarder.forward(st, out, Forwarder.ResponseHook.NONE);
    }

    /** ACK to a 2xx on one of our THIG URIs: the same edits, statelessly. */
    public void ack(Request ack) {
        URI top = Thig.topRoute(ack);
        if (thig.isExit(top)) {
            forwarder.forwardStateless(ack, Thig::hideVias);
            return;
        }
        thig.routesOf(top).ifPresent(routes -> forwarder.forwardStateless(ack, out -> {
            try {
                thig.enter(out, routes);
            } catch (java.text.ParseException | javax.sip.SipException e) {
                LOG.debug("THIG cannot route an ACK: {}", e.toString());
            }
        }));
    }

    /**
     * For an initial request coming in from another network, before it goes to the S-CSCF: dialog-forming requests
     * get our inside Record-Route entry, and the returned hook hides our network's entries in the responses.
     */
    public Forwarder.ResponseHook entering(Request out) throws javax.sip.SipException {
        if (!Routes.dialogForming(out)) {
            return Forwarder.ResponseHook.NONE;
        }
        thig.recordRouteInside(out);
        metrics.increment("imstb_icscf_thig_total", "direction", "in");
        return r -> {
            try {
                thig.hideRecordRoutes(r);
            } catch (java.text.ParseException | javax.sip.SipException e) {
                LOG.warn("THIG cannot hide a response's Record-Route: {}", e.toString());
            }
        };
    }
}
