package org.imstb.icscf;

import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.message.Request;

import org.imstb.common.sip.NodeSipListener;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.privacy.Privacy;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.routing.RegisterRouter;
import org.imstb.icscf.routing.TerminatingRouter;
import org.imstb.icscf.routing.ThigRouter;

/**
 * Dispatches the I-CSCF's SIP events: REGISTER; CANCEL; OPTIONS to us; requests on one of our THIG URIs (leaving or
 * coming back into our network); every other request is terminating (LIR). A P-Asserted-Identity from outside the
 * trust domain is removed first (RFC 3325). No handler may throw into the stack.
 */
final class IcscfListener extends NodeSipListener {

    private final Forwarder forwarder;
    private final RegisterRouter register;
    private final TerminatingRouter terminating;
    private final ThigRouter thig;
    private final PeerTrust trust;

    /** {@code thig} may be null (topology hiding off). */
    IcscfListener(SipEndpoint sip, Forwarder forwarder, RegisterRouter register, TerminatingRouter terminating,
            ThigRouter thig, PeerTrust trust) {
        super(sip);
        this.forwarder = forwarder;
        this.register = register;
        this.terminating = terminating;
        this.thig = thig;
        this.trust = trust;
    }

    @Override
    protected void onRequest(ServerTransaction st, Request request) {
        if (Request.REGISTER.equals(request.getMethod())) {
            register.handle(st, request);
        } else if (Request.CANCEL.equals(request.getMethod())) {
            forwarder.cancel(st, request);
        } else if (Request.OPTIONS.equals(request.getMethod()) && sip.isOwn(request.getRequestURI())) {
            SipReplies.options(sip, st, request, "REGISTER, INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, "
                    + "SUBSCRIBE, NOTIFY, PRACK, UPDATE, REFER, INFO");
        } else {
            Privacy.received(request, trust.fromTrusted(request));
            if (thig != null && thig.isOurs(request)) {
                thig.handle(st, request);
            } else {
                terminating.handle(st, request);
            }
        }
    }

    @Override
    protected void onStatelessAck(Request ack) {
        Privacy.received(ack, trust.fromTrusted(ack));
        if (thig != null && thig.isOurs(ack)) {
            thig.ack(ack);
        } else {
            forwarder.forwardStateless(ack);
        }
    }

    /** The forwarder's policy for every request leaving: privacy applies towards untrusted next hops. */
    static java.util.function.Consumer<Request> outbound(PeerTrust trust) {
        return out -> Privacy.sending(out, trust.toTrusted(out));
    }

    @Override
    public void processResponse(ResponseEvent e) {
        forwarder.onResponse(e);
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
        forwarder.onTimeout(e);
    }
}
