package org.imstb.ue.as.thirdparty;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import javax.sip.ServerTransaction;
import javax.sip.header.ContactHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.AsContext;
import org.imstb.ue.as.Service;
import org.imstb.ue.as.ServiceConfig;
import org.imstb.ue.as.originate.WelcomeSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Target of third-party registration (TS 24.229 §5.4.1.7): answers the S-CSCF's REGISTER with 200 (its Contact
 * echoed with the registration's expires), keeps the table of registered users ({@link Registrations}), forgets a user
 * on Expires 0 or expiry. With {@code welcomeFrom}/{@code welcomeText} set it acts as originating UA on each new
 * registration ({@link WelcomeSender}). With Sh configured, each registration is also recorded in the HSS
 * ({@link RegistrationRecords}), after the 200 is sent and without waiting for it.
 */
public final class ThirdPartyService implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(ThirdPartyService.class);
    static final String ALLOW = "REGISTER, OPTIONS";

    private final String name;
    private final AsContext ctx;
    private final Registrations registrations = new Registrations();
    private final WelcomeSender welcome;
    private final RegistrationRecords records;
    private final ScheduledFuture<?> purge;

    public ThirdPartyService(String name, ServiceConfig.ThirdParty config, AsContext ctx) {
        this.name = name;
        this.ctx = ctx;
        this.welcome = config.welcomes() ? new WelcomeSender(ctx, config.welcomeFrom(), config.welcomeText()) : null;
        this.records = ctx.sh().map(sh -> new RegistrationRecords(name, sh)).orElse(null);
        this.purge = ctx.every(10_000, () -> {
            int n = registrations.purge(System.currentTimeMillis());
            if (n > 0) {
                LOG.info("{}: {} registration(s) expired", name, n);
            }
        });
    }

    @Override
    public String name() {
        return name;
    }

    /** The registered users. */
    public Registrations registrations() {
        return registrations;
    }

    @Override
    public void onRequest(ServerTransaction st, Request request) {
        switch (request.getMethod()) {
            case Request.REGISTER -> register(st, request);
            case Request.OPTIONS -> SipReplies.options(ctx.sip(), st, request, ALLOW);
            case Request.CANCEL -> SipReplies.send(ctx.sip(), st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST,
                    null);
            default -> Answers.methodNotAllowed(ctx.sip(), st, request, ALLOW);
        }
    }

    private void register(ServerTransaction st, Request request) {
        ThirdPartyRegister r;
        try {
            r = ThirdPartyRegister.of(request);
        } catch (IllegalArgumentException e) {
            SipReplies.send(ctx.sip(), st, request, Response.BAD_REQUEST, e.getMessage());
            return;
        }
        long now = System.currentTimeMillis();
        boolean isNew = false;
        if (r.expires() == 0) {
            boolean was = registrations.deregister(r.user(), now);
            LOG.info("{}: {} deregistered by {}{}", name, r.user(), r.scscfUri(), was ? "" : " (was not registered)");
        } else {
            isNew = registrations.register(r, now);
            LOG.info("{}: {} {} by {} for {} s{}{}", name, r.user(), isNew ? "registered" : "re-registered",
                    r.scscfUri(), r.expires(), r.body().serviceInfo() == null ? ""
                            : ", service info '" + r.body().serviceInfo() + "'",
                    r.body().registerResponse() == null ? "" : ", with " + r.body().registerResponse());
        }
        ctx.metrics().increment("imstb_as_third_party_registers_total", "service", name, "kind",
                r.expires() == 0 ? "deregister" : isNew ? "register" : "reregister");
        Response ok = Answers.create(ctx.sip(), request, Response.OK, null, Tags.next(), null);
        ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
        if (contact != null) {
            ContactHeader echo = (ContactHeader) contact.clone();
            try {
                echo.setExpires(r.expires());
            } catch (javax.sip.InvalidArgumentException e) {
                throw new IllegalStateException(e);
            }
            ok.setHeader(echo);
        }
        Answers.send(ctx.sip(), st, ok);
        if (r.expires() > 0 && records != null) {
            records.registered(r.user(), Instant.ofEpochMilli(now));
        }
        if (isNew && welcome != null) {
            welcome.welcome(r.user(), r.scscfUri());
        }
    }

    @Override
    public void stop() {
        purge.cancel(false);
    }
}
