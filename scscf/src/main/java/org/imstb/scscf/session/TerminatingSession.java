package org.imstb.scscf.session;

import java.util.List;
import java.util.Optional;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.cx.userdata.ServiceProfile;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.cx.SarClient;
import org.imstb.scscf.isc.IscContext;
import org.imstb.scscf.isc.ServiceProfiles;
import org.imstb.scscf.isc.SessionCase;
import org.imstb.scscf.registrar.Registrar;
import org.imstb.scscf.registrar.Registration;

/**
 * Terminating initial requests (TS 24.229 §5.4.3.3): the served user is the Request-URI. A registered user's
 * terminating-registered iFCs run first ({@link ServiceChain}), then {@link TerminatingDelivery} reaches its contacts.
 * For a user with no live contact the S-CSCF downloads the profile (SAR UNREGISTERED_USER, TS 29.228 §6.1.2) and runs
 * its terminating-unregistered iFCs (e.g. to a voicemail AS); a user without such services gets 480.
 */
public final class TerminatingSession {
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final Registrar registrar;
    private final ServiceProfiles profiles;
    private final SarClient sar;
    private final ServiceChain chain;
    private final TerminatingDelivery delivery;
    private final Metrics metrics;

    TerminatingSession(SipEndpoint sip, Forwarder forwarder, Registrar registrar, ServiceProfiles profiles,
            SarClient sar, ServiceChain chain, TerminatingDelivery delivery, Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.registrar = registrar;
        this.profiles = profiles;
        this.sar = sar;
        this.chain = chain;
        this.delivery = delivery;
        this.metrics = metrics;
    }

    public void handle(ServerTransaction st, Request request) {
        String target = request.getRequestURI().toString();
        String served = Identities.publicIdentity(request.getRequestURI());
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        Optional<Registration> registration = registrar.find(served);
        if (registration.isPresent() && !delivery.contacts(served).isEmpty()) {
            ServiceProfile profile = profiles.of(registration.get(), served).orElse(null);
            chain.proceed(st, out, IscContext.start(served, SessionCase.TERMINATING_REGISTERED, true, profile,
                    target));
            return;
        }
        sar.assign(null, List.of(served), ServerAssignmentType.UNREGISTERED_USER, false).handle((saa, e) -> {
            ServiceProfile profile = e != null || !DiameterResult.SUCCESS.equals(saa.result()) ? null
                    : profiles.of(saa.userData(), served).orElse(null);
            if (profile == null || profile.ifcs().stream().noneMatch(i -> i.appliesTo(false))) {
                metrics.increment("imstb_scscf_terminating_total", "outcome", "not-registered");
                SipReplies.send(sip, st, request, Response.TEMPORARILY_UNAVAILABLE, "User not registered");
            } else {
                chain.proceed(st, out, IscContext.start(served, SessionCase.TERMINATING_UNREGISTERED, false,
                        profile, target));
            }
            return null;
        });
    }
}
