package org.imstb.scscf.session;

import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.imstb.common.dns.EnumResolver;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.privacy.Privacy;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.cx.SarClient;
import org.imstb.scscf.isc.AsInvoker;
import org.imstb.scscf.isc.IscContext;
import org.imstb.scscf.isc.OdiTable;
import org.imstb.scscf.isc.ServiceProfiles;
import org.imstb.scscf.registrar.Registrar;

/**
 * Every request of the S-CSCF that is not REGISTER or a reg-event SUBSCRIBE: CANCEL cancels the branches of its
 * INVITE; requests inside a dialog (To tag) follow the Route set we Record-Routed ourselves into; initial requests
 * whose top Route is our {@code orig} URI (the Service-Route we gave the UE) are originating (TS 24.229 §5.4.3.2), all
 * other initial requests are terminating (§5.4.3.3); an initial request whose top Route is ours with an original dialog
 * identifier comes back from an application server and continues its service chain. A P-Asserted-Identity from a sender outside the trust domain is
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
    private final ServiceChain chain;
    private final OdiTable odis;

    private SessionRouter(SipEndpoint sip, Forwarder forwarder, OriginatingSession originating,
            TerminatingSession terminating, PeerTrust trust, ServiceChain chain, OdiTable odis) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.originating = originating;
        this.terminating = terminating;
        this.trust = trust;
        this.chain = chain;
        this.odis = odis;
    }

    /**
     * The S-CSCF's session control wired together.
     *
     * @param enumResolver may be null: tel URIs then get 404
     */
    public static SessionRouter create(SipEndpoint sip, Forwarder forwarder, Registrar registrar,
            EnumResolver enumResolver, Interconnect interconnect, SarClient sar, AsInvoker invoker, OdiTable odis,
            PeerTrust trust, Metrics metrics) {
        ServiceProfiles profiles = new ServiceProfiles();
        OriginatingRoute route = new OriginatingRoute(sip, forwarder, enumResolver, interconnect, metrics);
        TerminatingDelivery delivery = new TerminatingDelivery(sip, forwarder, registrar, interconnect, metrics);
        ServiceChain chain = new ServiceChain(forwarder, invoker, route, delivery, interconnect, metrics);
        return new SessionRouter(sip, forwarder,
                new OriginatingSession(sip, forwarder, registrar, profiles, chain, metrics),
                new TerminatingSession(sip, forwarder, registrar, profiles, sar, chain, delivery, metrics),
                trust, chain, odis);
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
        SipURI ours = top != null && sip.isOwn(top.getAddress().getURI())
                && top.getAddress().getURI() instanceof SipURI u ? u : null;
        String odi = ours == null ? null : ours.getParameter(AsInvoker.ODI);
        if (odi != null) {
            fromApplicationServer(st, request, ORIG.equals(ours.getUser()), odi);
        } else if (ours != null && ORIG.equals(ours.getUser())) {
            originating.handle(st, request);
        } else {
            terminating.handle(st, request);
        }
    }

    private void fromApplicationServer(ServerTransaction st, Request request, boolean orig, String odi) {
        java.util.Optional<IscContext> context = odis.get(odi, System.currentTimeMillis());
        if (context.isPresent()) {
            chain.resume(st, request, context.get());
            return;
        }
        String served = orig ? servedByAssertion(request) : Identities.publicIdentity(request.getRequestURI());
        if (served == null) {
            SipReplies.send(sip, st, request, javax.sip.message.Response.FORBIDDEN, "Unknown served user");
            return;
        }
        chain.resumeWithoutServices(st, request, orig, served);
    }

    private static String servedByAssertion(Request request) {
        javax.sip.header.HeaderAddress pai = (javax.sip.header.HeaderAddress) request.getHeader(
                gov.nist.javax.sip.header.ims.PAssertedIdentityHeader.NAME);
        return pai == null ? null : Identities.publicIdentity(pai.getAddress().getURI());
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
