package org.imstb.scscf.session;

import java.util.Optional;

import javax.sip.ServerTransaction;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;
import org.imstb.common.cx.userdata.ServiceProfile;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.isc.IscContext;
import org.imstb.scscf.isc.ServiceProfiles;
import org.imstb.scscf.isc.SessionCase;
import org.imstb.scscf.registrar.Registrar;
import org.imstb.scscf.registrar.Registration;

/**
 * Originating initial requests (TS 24.229 §5.4.3.2): the served user is the P-Asserted-Identity the P-CSCF (or an AS
 * acting on the user's behalf) set; it must be registered here (else 403). Its originating iFCs run first
 * ({@link ServiceChain}); then {@link OriginatingRoute} sends the request towards its target.
 */
public final class OriginatingSession {
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final Registrar registrar;
    private final ServiceProfiles profiles;
    private final ServiceChain chain;
    private final Metrics metrics;

    OriginatingSession(SipEndpoint sip, Forwarder forwarder, Registrar registrar, ServiceProfiles profiles,
            ServiceChain chain, Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.registrar = registrar;
        this.profiles = profiles;
        this.chain = chain;
        this.metrics = metrics;
    }

    public void handle(ServerTransaction st, Request request) {
        HeaderAddress pai = (HeaderAddress) request.getHeader(PAssertedIdentityHeader.NAME);
        String served = pai == null ? null : Identities.publicIdentity(pai.getAddress().getURI());
        Optional<Registration> registration = served == null ? Optional.empty() : registrar.find(served);
        if (registration.isEmpty()) {
            metrics.increment("imstb_scscf_originating_total", "outcome", "not-registered");
            SipReplies.send(sip, st, request, Response.FORBIDDEN, "Originating user not registered");
            return;
        }
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        ServiceProfile profile = profiles.of(registration.get(), served).orElse(null);
        chain.proceed(st, out, IscContext.start(served, SessionCase.ORIGINATING, true, profile,
                out.getRequestURI().toString()));
    }
}
