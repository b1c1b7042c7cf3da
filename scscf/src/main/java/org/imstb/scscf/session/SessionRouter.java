package org.imstb.scscf.session;

import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.privacy.Privacy;
import org.imstb.common.sip.proxy.Forwarder;

/**
 * Every request of the S-CSCF that is not REGISTER or a reg-event SUBSCRIBE: CANCEL cancels the branches of its
 * INVITE; requests inside a dialog (To tag) follow the Route set we Record-Routed ourselves into; initial requests
 * whose top Route is our {@code orig} URI (the Service-Route we gave the UE) are originating (TS 24.229 §5.4.3.2), all
 * other initial requests are terminating (§5.4.3.3). A P-Asserted-Identity from a sender outside the trust domain is
 * removed first (RFC 3325 §5), so an originating request from anyone but a trusted P-CSCF gets 403.
 */
public final class SessionRouter {
    /** The user part of the S-CSCF URI that marks originating requests (in the Service-Route). */
    public static final String ORIG = "orig";

    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final OriginatingSession originating;
    private final TerminatingSession terminating;
    private final PeerTrust trust;

    public SessionRouter(SipEndpoint sip, Forwarder forwarder, OriginatingSession originating,
            TerminatingSession terminating, PeerTrust trust) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.originating = originating;
        this.terminating = terminating;
        this.trust = trust;
    }

    public void handle(ServerTransaction st, Request request) {
        if (Request.CANCEL.equals(request.getMethod())) {
            forwarder.cancel(st, request);
            return;
        }
        Privacy.received(request, trust.fromTrusted(request));
        if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
            Request out = forwarder.prepare(st, request);
            if (out != null) {
                forwarder.forward(st, out, Forwarder.ResponseHook.NONE);
            }
            return;
        }
        RouteHeader top = (RouteHeader) request.getHeader(RouteHeader.NAME);
        if (top != null && sip.isOwn(top.getAddress().getURI())
                && ORIG.equals(((SipURI) top.getAddress().getURI()).getUser())) {
            originating.handle(st, request);
        } else {
            terminating.handle(st, request);
        }
    }

    /** ACK for a 2xx: no transaction, forwarded along its Route. */
    public void onStatelessAck(Request ack) {
        boolean trusted = trust.fromTrusted(ack);
        forwarder.forwardStateless(ack, out -> Privacy.received(out, trusted));
    }

    /** The forwarder's policy for every request leaving: privacy applies towards untrusted next hops. */
    public static java.util.function.Consumer<Request> outbound(PeerTrust trust) {
        return out -> Privacy.sending(out, trust.toTrusted(out));
    }
}
