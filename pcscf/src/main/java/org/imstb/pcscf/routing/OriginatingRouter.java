package org.imstb.pcscf.routing;

import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.HeaderAddress;
import javax.sip.header.RouteHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;
import gov.nist.javax.sip.header.ims.PPreferredIdentityHeader;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.ChargingVector;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.pcscf.registration.Flows;
import org.imstb.pcscf.registration.UeRegistration;
import org.imstb.pcscf.registration.UeRegistrations;

/**
 * Initial requests from a UE (TS 24.229 §5.2.6.3): only from a registered flow (else 403); the Route set is replaced
 * by the stored Service-Route; P-Asserted-Identity is set from a valid P-Preferred-Identity or the default public
 * identity, never taken from the UE; a new P-Charging-Vector with a fresh icid replaces any the UE sent (TS 24.229
 * §5.2.6.3.2, RFC 3455); we Record-Route so the dialog comes back through us. Responses relayed to the UE lose their
 * P-Charging-Vector and, when they ask for privacy, their P-Asserted-Identity ({@link UeEdge}).
 */
public final class OriginatingRouter {
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final UeRegistrations registrations;
    private final Metrics metrics;
    private final DialogCharging charging;

    public OriginatingRouter(SipEndpoint sip, Forwarder forwarder, UeRegistrations registrations, Metrics metrics,
            DialogCharging charging) {
        this.charging = charging;
        this.sip = sip;
        this.forwarder = forwarder;
        this.registrations = registrations;
        this.metrics = metrics;
    }

    public void handle(ServerTransaction st, Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        UeRegistration ue = registrations.byFlow(Flows.of(via), System.currentTimeMillis()).orElse(null);
        if (ue == null) {
            metrics.increment("imstb_pcscf_originating_total", "outcome", "unregistered");
            SipReplies.send(sip, st, request, Response.FORBIDDEN, "Not registered");
            return;
        }
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        try {
            String asserted = ue.defaultIdentity();
            PPreferredIdentityHeader ppi = (PPreferredIdentityHeader) out.getHeader(PPreferredIdentityHeader.NAME);
            if (ppi != null && ue.owns(Identities.publicIdentity(ppi.getAddress().getURI()))) {
                asserted = Identities.publicIdentity(ppi.getAddress().getURI());
            }
            out.removeHeader(PPreferredIdentityHeader.NAME);
            out.removeHeader(PAssertedIdentityHeader.NAME);
            Address pai = sip.addresses().createAddress(asserted);
            out.addHeader((javax.sip.header.Header) (HeaderAddress) sip.headers().createPAssertedIdentityHeader(pai));
            String icid = ChargingVector.generate(sip.headers(), out);
            out.removeHeader(RouteHeader.NAME);
            for (String route : ue.serviceRoute()) {
                out.addHeader(sip.headers().createHeader(RouteHeader.NAME, route));
            }
            if (DialogForming.is(out)) {
                out.addFirst(sip.headers().createRecordRouteHeader(sip.addresses().createAddress(
                        sip.uri("orig", true))));
                charging.remember(DialogCharging.callId(out), icid);
            }
        } catch (java.text.ParseException | javax.sip.SipException e) {
            SipReplies.send(sip, st, request, Response.BAD_REQUEST, e.getMessage());
            return;
        }
        metrics.increment("imstb_pcscf_originating_total", "outcome", "forwarded");
        forwarder.forward(st, out, UeEdge.towardsUe());
    }
}
