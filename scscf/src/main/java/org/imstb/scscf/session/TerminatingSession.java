package org.imstb.scscf.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sip.ServerTransaction;
import javax.sip.address.URI;
import javax.sip.header.Header;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.registrar.Binding;
import org.imstb.scscf.registrar.Registrar;
import org.imstb.scscf.registrar.Registration;

/**
 * Terminating initial requests (TS 24.229 §5.4.3.3): the served user is the Request-URI; when it is registered the
 * request is retargeted to each of its live contacts (forking when there are several), along the Path stored with
 * that contact, with P-Called-Party-ID carrying the original Request-URI, Record-Routed through us. A user not
 * registered here gets 480 (unregistered services arrive with iFC evaluation). Responses carry our term-ioi
 * ({@link Interconnect}).
 */
public final class TerminatingSession {
    private static final String P_CALLED_PARTY_ID = "P-Called-Party-ID";

    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final Registrar registrar;
    private final Interconnect interconnect;
    private final Metrics metrics;

    public TerminatingSession(SipEndpoint sip, Forwarder forwarder, Registrar registrar, Interconnect interconnect,
            Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.registrar = registrar;
        this.interconnect = interconnect;
        this.metrics = metrics;
    }

    public void handle(ServerTransaction st, Request request) {
        URI target = request.getRequestURI();
        String served = Identities.publicIdentity(target);
        Optional<Registration> registration = registrar.find(served);
        long now = System.currentTimeMillis();
        List<Binding> contacts = registration.map(r -> r.bindings().stream()
                .filter(b -> b.secondsLeft(now) > 0).toList()).orElse(List.of());
        if (contacts.isEmpty()) {
            count("not-registered");
            SipReplies.send(sip, st, request, Response.TEMPORARILY_UNAVAILABLE, "User not registered");
            return;
        }
        Request base = forwarder.prepare(st, request);
        if (base == null) {
            return;
        }
        List<Request> branches = new ArrayList<>();
        try {
            base.removeHeader(RouteHeader.NAME);
            base.removeHeader(P_CALLED_PARTY_ID);
            Header called = sip.headers().createHeader(P_CALLED_PARTY_ID, "<" + target + ">");
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
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, e.getMessage());
            return;
        }
        count(branches.size() > 1 ? "forked" : "forwarded");
        forwarder.forwardAll(st, branches, interconnect.terminating(request));
    }

    private void count(String outcome) {
        metrics.increment("imstb_scscf_terminating_total", "outcome", outcome);
    }
}
