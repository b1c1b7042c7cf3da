package org.imstb.scscf.session;

import java.util.ArrayList;
import java.util.List;

import javax.sip.ServerTransaction;
import javax.sip.header.Header;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.isc.AsInvoker;
import org.imstb.scscf.isc.IscContext;
import org.imstb.scscf.registrar.Binding;
import org.imstb.scscf.registrar.Registrar;

/**
 * The last step of a terminating request, once its application servers are done (TS 24.229 §5.4.3.3 steps 9-10): the
 * request is retargeted to each live contact of the served user (forking when there are several), along the Path
 * stored with that contact, with P-Called-Party-ID carrying the Request-URI it arrived with, Record-Routed through us.
 * A user with no live contact gets 480. Responses carry our term-ioi ({@link Interconnect}).
 */
final class TerminatingDelivery {
    private static final String P_CALLED_PARTY_ID = "P-Called-Party-ID";

    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final Registrar registrar;
    private final Interconnect interconnect;
    private final Metrics metrics;

    TerminatingDelivery(SipEndpoint sip, Forwarder forwarder, Registrar registrar, Interconnect interconnect,
            Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.registrar = registrar;
        this.interconnect = interconnect;
        this.metrics = metrics;
    }

    /** The live contacts of {@code publicIdentity}. */
    List<Binding> contacts(String publicIdentity) {
        long now = System.currentTimeMillis();
        return registrar.find(publicIdentity).map(r -> r.bindings().stream()
                .filter(b -> b.secondsLeft(now) > 0).toList()).orElse(List.of());
    }

    void deliver(ServerTransaction st, Request base, IscContext context) {
        List<Binding> contacts = contacts(context.servedUser());
        if (contacts.isEmpty()) {
            count("not-registered");
            SipReplies.send(sip, st, st.getRequest(), Response.TEMPORARILY_UNAVAILABLE, "User not registered");
            return;
        }
        List<Request> branches = new ArrayList<>();
        try {
            base.removeHeader(RouteHeader.NAME);
            base.removeHeader(P_CALLED_PARTY_ID);
            base.removeHeader(AsInvoker.P_SERVED_USER);
            Header called = sip.headers().createHeader(P_CALLED_PARTY_ID, "<" + context.target() + ">");
            base.addHeader(called);
            RecordRoutes.addOurs(sip, base, "mt");
            for (Binding b : contacts) {
                Request branch = (Request) base.clone();
                branch.setRequestURI(sip.addresses().createURI(b.contactUri()));
                for (String hop : b.path()) {
                    branch.addHeader(sip.headers().createHeader(RouteHeader.NAME, hop));
                }
                branches.add(branch);
            }
        } catch (java.text.ParseException | javax.sip.SipException e) {
            SipReplies.send(sip, st, st.getRequest(), Response.SERVER_INTERNAL_ERROR, e.getMessage());
            return;
        }
        count(branches.size() > 1 ? "forked" : "forwarded");
        forwarder.forwardAll(st, branches, interconnect.terminating(st.getRequest()));
    }

    private void count(String outcome) {
        metrics.increment("imstb_scscf_terminating_total", "outcome", outcome);
    }
}
