package org.imstb.ue.as.proxy;

import javax.sip.ServerTransaction;
import javax.sip.header.Header;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.ue.as.AsContext;
import org.imstb.ue.as.Service;
import org.imstb.ue.as.ServiceConfig;
import org.imstb.ue.as.ServiceRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AS acting as a SIP proxy (TS 24.229 §5.7.4): removes its own Route entry, adds its header to initial requests,
 * Record-Routes dialog-forming ones when configured ({@code sip:<service>@<host>:<port>;lr}), and forwards to the
 * next Route (back to the S-CSCF, whose entry carries the original dialog identifier) with the ims-common
 * transaction-stateful {@link Forwarder}: responses are relayed, CANCEL cancels the pending branch. In-dialog requests
 * and ACKs reach it only when it Record-Routed; they follow their Route set.
 */
public final class ProxyService implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyService.class);

    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, PRACK, UPDATE, INFO, SUBSCRIBE, NOTIFY, "
            + "REFER";

    private final String name;
    private final AsContext ctx;
    private final boolean recordRoute;
    private final String headerName;
    private final String headerValue;

    public ProxyService(String name, ServiceConfig.Proxy config, AsContext ctx) {
        this.name = name;
        this.ctx = ctx;
        this.recordRoute = config.recordRoute();
        String header = config.header() != null ? config.header()
                : "X-Imstb-Service: " + name + "; as=" + ctx.nodeName();
        int colon = header.indexOf(':');
        this.headerName = header.substring(0, colon).trim();
        this.headerValue = header.substring(colon + 1).trim();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void onRequest(ServerTransaction st, Request request) {
        Forwarder forwarder = ctx.forwarder();
        if (Request.CANCEL.equals(request.getMethod())) {
            forwarder.cancel(st, request);
            return;
        }
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        ServiceRouting.removeOwnRoute(ctx.sip(), out);
        if (ServiceRouting.loopsBack(ctx.sip(), out.getHeader(RouteHeader.NAME) != null, out.getRequestURI())) {
            addressedToUs(st, request);
            return;
        }
        boolean initial = ((ToHeader) out.getHeader(ToHeader.NAME)).getTag() == null;
        if (initial) {
            try {
                Header h = ctx.sip().headers().createHeader(headerName, headerValue);
                out.addHeader(h);
                if (recordRoute && dialogForming(out)) {
                    out.addFirst(ctx.sip().headers().createRecordRouteHeader(ctx.sip().addresses().createAddress(
                            ctx.sip().uri(name, true))));
                }
            } catch (java.text.ParseException | javax.sip.SipException e) {
                SipReplies.send(ctx.sip(), st, request, Response.SERVER_INTERNAL_ERROR, "Cannot add header");
                return;
            }
            ctx.metrics().increment("imstb_as_proxy_forwarded_total", "service", name);
            LOG.debug("{}: forwarding {} to {}", name, out.getMethod(), out.getRequestURI());
        }
        forwarder.forward(st, out, Forwarder.ResponseHook.NONE);
    }

    /** A request for the proxy's own URI with nowhere to go on: OPTIONS is answered, anything else would loop. */
    private void addressedToUs(ServerTransaction st, Request request) {
        if (Request.OPTIONS.equals(request.getMethod())) {
            SipReplies.options(ctx.sip(), st, request, ALLOW);
        } else {
            SipReplies.send(ctx.sip(), st, request, Response.LOOP_DETECTED, null);
        }
    }

    /** ACK to a 2xx, on our Record-Route: statelessly along its Route set. */
    @Override
    public void onAck(Request ack) {
        ctx.forwarder().forwardStateless(ack, out -> ServiceRouting.removeOwnRoute(ctx.sip(), out));
    }

    /** Methods whose initial request creates a dialog (RFC 3261, 6665, 3515). */
    static boolean dialogForming(Request r) {
        return switch (r.getMethod()) {
            case Request.INVITE, Request.SUBSCRIBE, Request.REFER, Request.NOTIFY -> true;
            default -> false;
        };
    }
}
