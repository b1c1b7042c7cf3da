package org.imstb.icscf.routing;

import java.util.ListIterator;
import java.util.Optional;

import javax.sip.ServerTransaction;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PVisitedNetworkIDHeader;

import org.imstb.common.cx.UserAuthorizationAnswer;
import org.imstb.common.cx.UserAuthorizationType;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.cx.UarClient;

/**
 * REGISTER at the I-CSCF (TS 24.229 §5.3.1.2): UAR, then forward to the S-CSCF the HSS names or one selected by
 * capabilities; Cx errors become 403, an unreachable HSS 480, no suitable S-CSCF 600. The I-CSCF does not
 * Record-Route: it leaves the path after registration.
 */
public final class RegisterRouter {
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final UarClient uar;
    private final ScscfSelection selection;
    private final String defaultVisitedNetwork;
    private final Metrics metrics;

    public RegisterRouter(SipEndpoint sip, Forwarder forwarder, UarClient uar, ScscfSelection selection,
            String defaultVisitedNetwork, Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.uar = uar;
        this.selection = selection;
        this.defaultVisitedNetwork = defaultVisitedNetwork;
        this.metrics = metrics;
    }

    public void handle(ServerTransaction st, Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        String impu = Identities.publicIdentity(to.getAddress().getURI());
        AuthorizationHeader auth = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
        String impi = auth != null && auth.getUsername() != null ? auth.getUsername()
                : Identities.privateFromPublic(impu);
        PVisitedNetworkIDHeader pvni = (PVisitedNetworkIDHeader) request.getHeader(PVisitedNetworkIDHeader.NAME);
        String visited = pvni != null && pvni.getVisitedNetworkID() != null
                ? pvni.getVisitedNetworkID().replace("\"", "") : defaultVisitedNetwork;
        UserAuthorizationType type = deregisters(request) ? UserAuthorizationType.DE_REGISTRATION
                : UserAuthorizationType.REGISTRATION;
        uar.authorize(impi, impu, visited, type).handle((uaa, e) -> {
            if (e != null) {
                metrics.increment("imstb_icscf_register_total", "outcome", "hss_unavailable");
                SipReplies.send(sip, st, request, Response.TEMPORARILY_UNAVAILABLE, "HSS unavailable");
            } else {
                route(st, request, uaa);
            }
            return null;
        });
    }

    private void route(ServerTransaction st, Request request, UserAuthorizationAnswer uaa) {
        DiameterResult r = uaa.result();
        boolean ok = r.equals(DiameterResult.SUCCESS) || r.equals(DiameterResult.FIRST_REGISTRATION)
                || r.equals(DiameterResult.SUBSEQUENT_REGISTRATION) || r.equals(DiameterResult.SERVER_SELECTION);
        if (!ok) {
            metrics.increment("imstb_icscf_register_total", "outcome", "rejected");
            SipReplies.send(sip, st, request, Response.FORBIDDEN, "Forbidden (" + r.name() + ")");
            return;
        }
        Optional<String> scscf = uaa.serverName() != null ? Optional.of(uaa.serverName())
                : selection.select(uaa.capabilities());
        if (scscf.isEmpty()) {
            metrics.increment("imstb_icscf_register_total", "outcome", "no_scscf");
            SipReplies.send(sip, st, request, Response.BUSY_EVERYWHERE, "No S-CSCF available");
            return;
        }
        Routes.forwardTo(sip, forwarder, st, request, scscf.get());
        metrics.increment("imstb_icscf_register_total", "outcome", "forwarded");
    }

    /** Every contact has expires 0 (or the Expires header is 0). */
    static boolean deregisters(Request request) {
        ExpiresHeader eh = request.getExpires();
        ListIterator<?> it = request.getHeaders(ContactHeader.NAME);
        boolean any = false;
        while (it.hasNext()) {
            any = true;
            ContactHeader c = (ContactHeader) it.next();
            int e = c.getExpires() >= 0 ? c.getExpires() : eh == null ? -1 : eh.getExpires();
            if (e != 0) {
                return false;
            }
        }
        return any;
    }
}
