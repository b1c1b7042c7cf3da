package org.imstb.icscf.routing;

import java.util.Optional;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.cx.LocationInfoAnswer;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.cx.LirClient;

/**
 * Initial requests other than REGISTER at the I-CSCF (TS 24.229 §5.3.2.1): LIR for the Request-URI, then forward to
 * the serving S-CSCF (or one selected for an unregistered user with services); unknown user 404, not registered and
 * without services 480, HSS unreachable 480. With topology hiding, a request from another operator's network is
 * Record-Routed through our inside URI and our network's entries are hidden in its responses ({@link ThigRouter}).
 */
public final class TerminatingRouter {
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final LirClient lir;
    private final ScscfSelection selection;
    private final Metrics metrics;
    private final ThigRouter thig;
    private final PeerTrust trust;

    /** {@code thig} may be null (topology hiding off). */
    public TerminatingRouter(SipEndpoint sip, Forwarder forwarder, LirClient lir, ScscfSelection selection,
            Metrics metrics, ThigRouter thig, PeerTrust trust) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.lir = lir;
        this.selection = selection;
        this.metrics = metrics;
        this.thig = thig;
        this.trust = trust;
    }

    public void handle(ServerTransaction st, Request request) {
        String impu = Identities.publicIdentity(request.getRequestURI());
        lir.locate(impu).handle((lia, e) -> {
            if (e != null) {
                SipReplies.send(sip, st, request, Response.TEMPORARILY_UNAVAILABLE, "HSS unavailable");
            } else {
                route(st, request, lia);
            }
            return null;
        });
    }

    private void route(ServerTransaction st, Request request, LocationInfoAnswer lia) {
        DiameterResult r = lia.result();
        if (r.equals(DiameterResult.ERROR_USER_UNKNOWN)) {
            metrics.increment("imstb_icscf_terminating_total", "outcome", "unknown");
            SipReplies.send(sip, st, request, Response.NOT_FOUND, null);
            return;
        }
        if (!r.equals(DiameterResult.SUCCESS) && !r.equals(DiameterResult.UNREGISTERED_SERVICE)) {
            metrics.increment("imstb_icscf_terminating_total", "outcome", "unavailable");
            SipReplies.send(sip, st, request, Response.TEMPORARILY_UNAVAILABLE, r.name());
            return;
        }
        Optional<String> scscf = lia.serverName() != null ? Optional.of(lia.serverName())
                : selection.select(lia.capabilities());
        if (scscf.isEmpty()) {
            SipReplies.send(sip, st, request, Response.TEMPORARILY_UNAVAILABLE, "No S-CSCF available");
            return;
        }
        metrics.increment("imstb_icscf_terminating_total", "outcome", "forwarded");
        boolean hide = thig != null && !trust.fromOwnDomain(request);
        Routes.forwardTo(sip, forwarder, st, request, scscf.get(), hide ? thig::entering : Routes.Edit.NONE);
    }
}
