package org.imstb.scscf.registration;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PathHeader;

import org.imstb.common.cx.ServerAssignmentType;
import org.imstb.common.cx.userdata.ImsSubscription;
import org.imstb.common.cx.userdata.PublicIdentity;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.scscf.ScscfConfig.RegistrarConfig;
import org.imstb.scscf.auth.AuthScheme;
import org.imstb.scscf.auth.Challenge;
import org.imstb.scscf.auth.Challenges;
import org.imstb.scscf.cx.MarClient;
import org.imstb.scscf.cx.SarClient;
import org.imstb.scscf.registrar.Binding;
import org.imstb.scscf.registrar.BindingChange;
import org.imstb.scscf.registrar.BindingEvent;
import org.imstb.scscf.registrar.OutOfOrderException;
import org.imstb.scscf.registrar.Registrar;
import org.imstb.scscf.registrar.Registration;
import org.imstb.scscf.registrar.RegistrationListener;
import org.imstb.scscf.isc.RegistrationType;
import org.imstb.scscf.isc.ThirdPartyRegistrar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The S-CSCF as registrar (TS 24.229 §5.4.1): challenge with a vector from MAR, verify the answer (Digest-AKAv1-MD5
 * or MD5 digest; nonce lifetime, nonce count replay protection, AKA resynchronisation from AUTS), assign with SAR,
 * bind contacts, answer 200 with Service-Route, P-Associated-URI and Path; deregistration with Expires 0.
 */
public final class RegisterHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterHandler.class);

    private final SipEndpoint sip;
    private final RegistrarConfig policy;
    private final Registrar registrar;
    private final Challenges challenges;
    private final Challenger challenger;
    private final SarClient sar;
    private final RegistrationListener listener;
    private final ThirdPartyRegistrar thirdParty;
    private final Metrics metrics;

    public RegisterHandler(SipEndpoint sip, RegistrarConfig policy, Registrar registrar, Challenges challenges,
            MarClient mar, SarClient sar, RegistrationListener listener, ThirdPartyRegistrar thirdParty,
            Metrics metrics) {
        this.thirdParty = thirdParty;
        this.sip = sip;
        this.policy = policy;
        this.registrar = registrar;
        this.challenges = challenges;
        this.challenger = new Challenger(sip, mar, challenges);
        this.sar = sar;
        this.listener = listener;
        this.metrics = metrics;
    }

    public void handle(ServerTransaction st, Request request) {
        RegisterRequest reg;
        try {
            reg = RegisterRequest.parse(request, policy);
        } catch (RegisterRequest.Rejected e) {
            Response r = SipReplies.create(sip, request, e.status(), e.getMessage());
            if (e.status() == Response.INTERVAL_TOO_BRIEF) {
                try {
                    r.addHeader(sip.headers().createMinExpiresHeader(e.minExpires()));
                } catch (javax.sip.InvalidArgumentException ex) {
                    throw new IllegalStateException(ex);
                }
            }
            reply(st, r);
            return;
        }
        if (reg.digest() == null) {
            challenge(st, request, reg, null, false);
            return;
        }
        Challenge c = challenges.find(reg.digest().nonce(), reg.impi()).orElse(null);
        if (c != null && reg.auts() != null && c.scheme() == AuthScheme.AKA) {
            resynchronise(st, request, reg, c);
            return;
        }
        switch (challenges.check(reg.digest().nonce(), reg.impi(), reg.digest().ncValue(),
                System.currentTimeMillis())) {
            case UNKNOWN, REPLAYED -> challenge(st, request, reg, null, false);
            case STALE -> challenge(st, request, reg, null, true);
            case OK -> {
                if (reg.digest().verify(c, Request.REGISTER)) {
                    challenges.succeeded(reg.impi());
                    metrics.increment("imstb_scscf_auth_success_total");
                    register(st, request, reg, c);
                } else {
                    authenticationFailed(st, request, reg, c);
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void challenge(ServerTransaction st, Request request, RegisterRequest reg, byte[] resync,
            boolean stale) {
        challenger.challenge(reg.impi(), reg.impu(), reg.algorithm(), resync, stale).thenAccept(o -> {
            if (o.header() == null) {
                reply(st, SipReplies.create(sip, request, o.failStatus(), o.failReason()));
                return;
            }
            Response r = SipReplies.create(sip, request, Response.UNAUTHORIZED, null);
            r.addHeader(o.header());
            metrics.increment("imstb_scscf_challenges_total");
            reply(st, r);
        });
    }

    /** AUTS in the answer: the USIM's SQN is ahead; MAR with RAND‖AUTS, then a fresh challenge (RFC 3310 §3.3). */
    private void resynchronise(ServerTransaction st, Request request, RegisterRequest reg, Challenge c) {
        byte[] auts;
        try {
            auts = Base64.getDecoder().decode(reg.auts());
        } catch (IllegalArgumentException e) {
            reply(st, SipReplies.create(sip, request, Response.BAD_REQUEST, "Bad auts"));
            return;
        }
        if (auts.length != 14) {
            reply(st, SipReplies.create(sip, request, Response.BAD_REQUEST, "auts must be 14 bytes"));
            return;
        }
        challenges.remove(c.nonce());
        byte[] randAuts = new byte[30];
        System.arraycopy(c.rand(), 0, randAuts, 0, 16);
        System.arraycopy(auts, 0, randAuts, 16, 14);
        metrics.increment("imstb_scscf_resync_total");
        challenge(st, request, reg, randAuts, false);
    }

    private void authenticationFailed(ServerTransaction st, Request request, RegisterRequest reg, Challenge c) {
        challenges.remove(c.nonce());
        metrics.increment("imstb_scscf_auth_failure_total");
        if (challenges.failed(reg.impi()) > policy.maxAuthFailures()) {
            challenges.succeeded(reg.impi());
            sar.assign(reg.impi(), List.of(reg.impu()), ServerAssignmentType.AUTHENTICATION_FAILURE, false);
            reply(st, SipReplies.create(sip, request, Response.FORBIDDEN, "Authentication failed"));
        } else {
            challenge(st, request, reg, null, false);
        }
    }

    private void register(ServerTransaction st, Request request, RegisterRequest reg, Challenge c) {
        Registration existing = registrar.find(reg.impu()).orElse(null);
        if (existing != null && existing.impi().equalsIgnoreCase(reg.impi())) {
            bind(st, request, reg, existing, false);
            return;
        }
        if (reg.removesAll()) {
            reply(st, ok(request, reg, null, List.of()));
            return;
        }
        sar.assign(reg.impi(), List.of(reg.impu()), ServerAssignmentType.REGISTRATION, false).handle((saa, e) -> {
            if (e != null) {
                reply(st, SipReplies.create(sip, request, Response.TEMPORARILY_UNAVAILABLE, "HSS unavailable"));
                return null;
            }
            if (!saa.result().equals(DiameterResult.SUCCESS) || saa.userData() == null) {
                reply(st, SipReplies.create(sip, request, Response.FORBIDDEN,
                        "Forbidden (" + saa.result().name() + ")"));
                return null;
            }
            List<String> set;
            ImsSubscription subscription;
            try {
                subscription = ImsSubscription.parse(saa.userData());
                set = implicitSet(reg.impu(), subscription);
            } catch (RuntimeException bad) {
                LOG.warn("unusable User-Data for {}: {}", reg.impu(), bad.getMessage());
                reply(st, SipReplies.create(sip, request, Response.SERVER_INTERNAL_ERROR, "Bad user profile"));
                return null;
            }
            Registration fresh = new Registration(reg.impi(), set, subscription);
            registrar.put(fresh);
            bind(st, request, reg, fresh, true);
            return null;
        });
    }

    /** The registered identity first, then the others of its service profile that are not barred. */
    static List<String> implicitSet(String impu, ImsSubscription sub) {
        List<String> set = new ArrayList<>();
        set.add(impu);
        for (PublicIdentity p : sub.allPublicIdentities()) {
            if (!p.barred() && p.identityType() == 0 && !p.identity().equalsIgnoreCase(impu)) {
                set.add(p.identity());
            }
        }
        return set;
    }

    private void bind(ServerTransaction st, Request request, RegisterRequest reg, Registration r, boolean initial) {
        List<BindingChange> changes;
        try {
            changes = reg.wildcard() ? r.terminate(BindingEvent.UNREGISTERED)
                    : r.update(reg.contacts(), reg.path(), reg.callId(), reg.cseq(), System.currentTimeMillis());
        } catch (OutOfOrderException e) {
            reply(st, SipReplies.create(sip, request, Response.SERVER_INTERNAL_ERROR, e.getMessage()));
            return;
        } catch (IllegalStateException e) {
            reply(st, SipReplies.create(sip, request, Response.SERVER_INTERNAL_ERROR, "Registration ended, retry"));
            return;
        }
        if (r.state() == Registration.State.TERMINATED) {
            registrar.remove(r);
            sar.assign(r.impi(), r.identities(), ServerAssignmentType.USER_DEREGISTRATION, true);
            metrics.increment("imstb_scscf_deregistrations_total");
        } else {
            registrar.schedule(r);
            if (initial) {
                metrics.increment("imstb_scscf_registrations_total");
            }
        }
        Response ok = ok(request, reg, r, r.bindings());
        reply(st, ok);
        listener.changed(r, changes);
        thirdParty.registered(r, initial ? RegistrationType.INITIAL : r.state() == Registration.State.TERMINATED
                ? RegistrationType.DEREGISTRATION : RegistrationType.REREGISTRATION, request, ok);
    }

    private Response ok(Request request, RegisterRequest reg, Registration r, List<Binding> bindings) {
        Response ok = SipReplies.create(sip, request, Response.OK, null);
        try {
            long now = System.currentTimeMillis();
            for (Binding b : bindings) {
                ContactHeader c = (ContactHeader) sip.headers().createHeader(ContactHeader.NAME, b.contact());
                c.setExpires(b.secondsLeft(now));
                ok.addHeader(c);
            }
            for (String p : reg.path()) {
                ok.addHeader(sip.headers().createHeader(PathHeader.NAME, p));
            }
            if (r != null && r.state() == Registration.State.ACTIVE) {
                Address route = sip.addresses().createAddress(sip.uri("orig", true));
                ok.addHeader(sip.headers().createServiceRouteHeader(route));
                for (String id : r.identities()) {
                    HeaderAddress pau = sip.headers().createPAssociatedURIHeader(sip.addresses().createAddress(id));
                    ok.addHeader((javax.sip.header.Header) pau);
                }
            }
        } catch (java.text.ParseException | javax.sip.InvalidArgumentException e) {
            throw new IllegalStateException(e);
        }
        return ok;
    }

    private void reply(ServerTransaction st, Response r) {
        SipReplies.send(sip, st, r);
    }
}
