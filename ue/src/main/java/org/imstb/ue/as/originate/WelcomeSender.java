package org.imstb.ue.as.originate;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.HeaderAddress;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.Tags;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.AsContext;
import org.imstb.ue.as.ClientCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AS acting as originating UA (TS 24.229 §5.7.3): sends a newly registered user a MESSAGE from a service identity.
 * Request-URI and To = the user's public identity; From and P-Asserted-Identity = {@code from}; one loose Route to the
 * S-CSCF that registered the user (the third-party REGISTER's Contact, else From, host and port), which treats it as
 * a terminating request for the user.
 */
public final class WelcomeSender {
    private static final Logger LOG = LoggerFactory.getLogger(WelcomeSender.class);

    private final AsContext ctx;
    private final String from;
    private final String text;

    /**
     * @param from the service identity, a SIP URI
     * @param text the message; {@code {user}} is replaced by the user's identity
     */
    public WelcomeSender(AsContext ctx, String from, String text) {
        this.ctx = ctx;
        this.from = from;
        this.text = text;
    }

    /** Sends the welcome MESSAGE to {@code user} through the S-CSCF at {@code scscf}; never throws. */
    public void welcome(String user, String scscf) {
        try {
            Request m = message(user, scscf);
            ctx.send(m, new ClientCallback() {
                @Override
                public void onResponse(Response r) {
                    if (r.getStatusCode() >= 200) {
                        ctx.metrics().increment("imstb_as_welcome_total", "status",
                                Integer.toString(r.getStatusCode()));
                        LOG.info("welcome MESSAGE to {}: {} {}", user, r.getStatusCode(), r.getReasonPhrase());
                    }
                }

                @Override
                public void onTimeout() {
                    ctx.metrics().increment("imstb_as_welcome_total", "status", "408");
                    LOG.info("welcome MESSAGE to {}: timed out", user);
                }
            });
        } catch (Exception e) {
            LOG.warn("cannot send the welcome MESSAGE to {} via {}: {}", user, scscf, e.toString());
        }
    }

    /** The MESSAGE (without our Via, which {@link AsContext#send} sets). */
    Request message(String user, String scscf) throws Exception {
        URI target = ctx.sip().addresses().createURI(user);
        Address me = ctx.sip().addresses().createAddress(from);
        Request m = ctx.sip().newRequest(target, Request.MESSAGE, ctx.sip().provider().getNewCallId(), 1, me,
                Tags.next(), ctx.sip().addresses().createAddress((URI) target.clone()), "udp");
        m.addHeader(ctx.sip().headers().createRouteHeader(ctx.sip().addresses().createAddress(route(scscf))));
        m.addHeader((javax.sip.header.Header) (HeaderAddress) ctx.sip().headers().createPAssertedIdentityHeader(
                ctx.sip().addresses().createAddress(from)));
        Answers.body(ctx.sip(), m, "text", "plain", text.replace("{user}", user));
        return m;
    }

    /** {@code sip:host[:port][;transport=…];lr} of the S-CSCF's URI. */
    SipURI route(String scscf) throws java.text.ParseException {
        URI u = ctx.sip().addresses().createURI(scscf);
        if (!(u instanceof SipURI s)) {
            throw new java.text.ParseException("the S-CSCF is not a SIP URI: " + scscf, 0);
        }
        SipURI r = ctx.sip().addresses().createSipURI(null, s.getHost());
        if (s.getPort() > 0) {
            r.setPort(s.getPort());
        }
        if (s.getTransportParam() != null) {
            r.setTransportParam(s.getTransportParam());
        }
        r.setLrParam();
        return r;
    }
}
