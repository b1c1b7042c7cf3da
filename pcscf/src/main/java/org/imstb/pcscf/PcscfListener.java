package org.imstb.pcscf;

import java.util.Optional;

import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.address.SipURI;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.Malformed;
import org.imstb.common.sip.NodeSipListener;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.pcscf.registration.RegEventSubscriber;
import org.imstb.pcscf.registration.RegisterProxy;
import org.imstb.pcscf.routing.OriginatingRouter;
import org.imstb.pcscf.routing.PassThroughRouter;

/**
 * Dispatches the P-CSCF's SIP events: REGISTER; NOTIFYs of our own reg event subscriptions; requests on a route we
 * are on (terminating along our Path, mid-dialog along our Record-Route); everything else is an originating request
 * from a UE. No handler may throw into the stack.
 */
final class PcscfListener extends NodeSipListener {
    static final String ALLOW = "REGISTER, INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, SUBSCRIBE, NOTIFY, PRACK, "
            + "UPDATE, REFER, INFO";

    /** Headers whose value we act on: unparsable ones get 400 here, at the edge. */
    private static final String[] CHECKED = {"Contact", "Expires", "Authorization", "Route", "Record-Route",
        "P-Preferred-Identity", "Supported", "Require", "Event", "Subscription-State", "Max-Forwards"};

    private final Forwarder forwarder;
    private final RegisterProxy register;
    private final RegEventSubscriber subscriber;
    private final OriginatingRouter originating;
    private final PassThroughRouter passThrough;

    PcscfListener(SipEndpoint sip, Forwarder forwarder, RegisterProxy register, RegEventSubscriber subscriber,
            OriginatingRouter originating, PassThroughRouter passThrough) {
        super(sip);
        this.forwarder = forwarder;
        this.register = register;
        this.subscriber = subscriber;
        this.originating = originating;
        this.passThrough = passThrough;
    }

    @Override
    protected void onStatelessAck(Request ack) {
        passThrough.ack(ack);
    }

    @Override
    protected void onRequest(ServerTransaction st, Request request) {
        dispatch(st, request);
    }

    private void dispatch(ServerTransaction st, Request request) {
        String method = request.getMethod();
        Optional<String> bad = Malformed.header(request, CHECKED);
        if (bad.isPresent()) {
            SipReplies.send(sip, st, request, Response.BAD_REQUEST, "Malformed " + bad.get());
            return;
        }
        if (Request.REGISTER.equals(method)) {
            register.handle(st, request);
            return;
        }
        if (Request.CANCEL.equals(method)) {
            forwarder.cancel(st, request);
            return;
        }
        if (subscriber.isOurs(request)) {
            subscriber.onNotify(st, request);
            return;
        }
        RouteHeader top = (RouteHeader) request.getHeader(RouteHeader.NAME);
        boolean routedToUs = top != null && sip.isOwn(top.getAddress().getURI());
        if (Request.OPTIONS.equals(method) && !routedToUs && sip.isOwn(request.getRequestURI())) {
            SipReplies.options(sip, st, request, ALLOW);
            return;
        }
        boolean inDialog = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null;
        if (inDialog) {
            passThrough.handle(st, request, false);
        } else if (routedToUs && "term".equals(((SipURI) top.getAddress().getURI()).getUser())) {
            passThrough.handle(st, request, true);
        } else {
            originating.handle(st, request);
        }
    }

    @Override
    public void processResponse(ResponseEvent e) {
        if (!subscriber.onResponse(e)) {
            forwarder.onResponse(e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
        forwarder.onTimeout(e);
    }
}
