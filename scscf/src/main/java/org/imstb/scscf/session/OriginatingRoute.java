package org.imstb.scscf.session;

import java.util.Optional;

import javax.sip.ServerTransaction;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.dns.EnumResolver;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.isc.AsInvoker;

/**
 * The last step of an originating request, once its application servers are done (TS 24.229 §5.4.3.2 steps 8-10): a
 * tel URI target is translated by ENUM (RFC 6116; 404 when no number maps); the request then goes to its Request-URI,
 * whose domain's I-CSCF the RFC 3263 locator finds through DNS (or, with topology hiding, through our own exit I-CSCF
 * first, see {@link Interconnect}, which also sets the charging vector's orig-ioi). We Record-Route so that the
 * dialog's later requests come back through us. Also where a terminating AS's retargeted request goes.
 */
final class OriginatingRoute {
    /** The user part of our Record-Route on originating dialogs (only for people reading traces). */
    static final String ORIG_RR = "mo";

    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final EnumResolver enumResolver;
    private final Interconnect interconnect;
    private final Metrics metrics;

    /** {@code enumResolver} may be null: tel URIs then get 404. */
    OriginatingRoute(SipEndpoint sip, Forwarder forwarder, EnumResolver enumResolver, Interconnect interconnect,
            Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.enumResolver = enumResolver;
        this.interconnect = interconnect;
        this.metrics = metrics;
    }

    void route(ServerTransaction st, Request out) {
        try {
            if (out.getRequestURI() instanceof TelURL tel) {
                Optional<String> sipUri = enumResolver == null || !tel.isGlobal() ? Optional.empty()
                        : enumResolver.toSipUri("+" + tel.getPhoneNumber());
                if (sipUri.isEmpty()) {
                    count("enum-miss");
                    SipReplies.send(sip, st, st.getRequest(), Response.NOT_FOUND, "No ENUM entry for " + tel);
                    return;
                }
                URI target = sip.addresses().createURI(sipUri.get());
                out.setRequestURI(target);
            }
            out.removeHeader(RouteHeader.NAME);
            out.removeHeader(AsInvoker.P_SERVED_USER);
            RecordRoutes.addOurs(sip, out, ORIG_RR);
            interconnect.originating(out);
        } catch (java.text.ParseException | javax.sip.SipException e) {
            SipReplies.send(sip, st, st.getRequest(), Response.BAD_REQUEST, e.getMessage());
            return;
        }
        count("forwarded");
        forwarder.forward(st, out, Forwarder.ResponseHook.NONE);
    }

    private void count(String outcome) {
        metrics.increment("imstb_scscf_originating_total", "outcome", outcome);
    }
}
