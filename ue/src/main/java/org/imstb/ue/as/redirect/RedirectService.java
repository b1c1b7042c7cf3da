package org.imstb.ue.as.redirect;

import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.ue.as.Answers;
import org.imstb.ue.as.AsContext;
import org.imstb.ue.as.Service;
import org.imstb.ue.as.ServiceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AS acting as redirect server (TS 24.229 §5.7.3, RFC 3261 §8.3): every initial request gets {@code 302 Moved
 * Temporarily} with {@code Contact: <contact>}; the caller (or a proxy on its behalf) retries there. A CANCEL finds
 * nothing pending (481), a request inside a dialog has no dialog here (481).
 */
public final class RedirectService implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(RedirectService.class);

    private final String name;
    private final AsContext ctx;
    private final String contact;

    public RedirectService(String name, ServiceConfig.Redirect config, AsContext ctx) {
        this.name = name;
        this.ctx = ctx;
        this.contact = config.contact();
    }

    @Override
    public String name() {
        return name;
    }

    /** Where requests go: the configured contact, else this AS's voicemail service. */
    public String target() {
        return contact != null ? contact : ctx.sip().uri(ServiceConfig.VOICEMAIL, false).toString();
    }

    @Override
    public void onRequest(ServerTransaction st, Request request) {
        boolean inDialog = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null;
        if (Request.CANCEL.equals(request.getMethod()) || inDialog) {
            SipReplies.send(ctx.sip(), st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null);
            return;
        }
        Address to;
        try {
            to = ctx.sip().addresses().createAddress(target());
        } catch (java.text.ParseException e) {
            SipReplies.send(ctx.sip(), st, request, Response.SERVER_INTERNAL_ERROR, "Bad redirect target");
            return;
        }
        Answers.send(ctx.sip(), st, Answers.create(ctx.sip(), request, Response.MOVED_TEMPORARILY, null, Tags.next(),
                to));
        ctx.metrics().increment("imstb_as_redirected_total", "service", name);
        LOG.info("{}: {} {} redirected to {}", name, request.getMethod(), request.getRequestURI(), target());
    }
}
