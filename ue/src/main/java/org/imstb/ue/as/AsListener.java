package org.imstb.ue.as;

import java.util.Map;
import java.util.Optional;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Malformed;
import org.imstb.common.sip.NodeSipListener;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches the AS's SIP events to its services: each request by its service name ({@link ServiceRouting}); a name
 * no service has gets {@code 404 No such service}; an unparsable header the services rely on gets 400. Responses go to
 * the forwarder (proxy service) or to the {@link ClientCallback} of their client transaction; a 2xx retransmission
 * without one to the services. No handler exception reaches the stack.
 */
final class AsListener extends NodeSipListener {
    private static final Logger LOG = LoggerFactory.getLogger(AsListener.class);
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, REGISTER, PRACK, UPDATE, INFO, "
            + "SUBSCRIBE, NOTIFY, REFER";
    /** Headers whose value the services act on: unparsable ones get 400 here, at the edge. */
    private static final String[] CHECKED = {"Route", "Record-Route", "Contact", "Expires", "Max-Forwards",
        "Content-Type", "P-Asserted-Identity"};

    private final Map<String, Service> services;
    private final Forwarder forwarder;
    private final Metrics metrics;

    AsListener(SipEndpoint sip, Map<String, Service> services, Forwarder forwarder, Metrics metrics) {
        super(sip);
        this.services = services;
        this.forwarder = forwarder;
        this.metrics = metrics;
    }

    @Override
    protected void onRequest(ServerTransaction st, Request request) {
        if (Request.ACK.equals(request.getMethod())) {
            onStatelessAck(request); // an ACK the stack did not absorb
            return;
        }
        Optional<String> bad = Malformed.header(request, CHECKED);
        if (bad.isPresent()) {
            SipReplies.send(sip, st, request, Response.BAD_REQUEST, "Malformed " + bad.get());
            return;
        }
        Optional<String> name = ServiceRouting.serviceName(sip, request);
        Service service = name.map(services::get).orElse(null);
        if (service == null) {
            if (name.isEmpty() && Request.OPTIONS.equals(request.getMethod())) {
                SipReplies.options(sip, st, request, ALLOW); // the AS itself (keep-alive)
                return;
            }
            metrics.increment("imstb_as_unknown_service_total");
            LOG.info("{} {}: no service '{}'", request.getMethod(), request.getRequestURI(), name.orElse(""));
            SipReplies.send(sip, st, request, Response.NOT_FOUND, "No such service");
            return;
        }
        metrics.increment("imstb_as_requests_total", "service", service.name(), "method", request.getMethod());
        service.onRequest(st, request);
    }

    @Override
    protected void onStatelessAck(Request ack) {
        try {
            Optional<String> name = ServiceRouting.serviceName(sip, ack);
            Service service = name.map(services::get).orElse(null);
            if (service != null) {
                service.onAck(ack);
            }
        } catch (RuntimeException e) {
            LOG.error("ACK failed", e);
        }
    }

    @Override
    public void processResponse(ResponseEvent e) {
        try {
            if (forwarder.onResponse(e)) {
                return;
            }
            ClientTransaction ct = e.getClientTransaction();
            if (ct != null && ct.getApplicationData() instanceof ClientCallback callback) {
                callback.onResponse(e.getResponse());
                return;
            }
            for (Service s : services.values()) {
                if (s.onStrayResponse(e.getResponse())) {
                    return;
                }
            }
        } catch (RuntimeException ex) {
            LOG.error("response {} failed", e.getResponse().getStatusCode(), ex);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent e) {
        try {
            if (e.isServerTransaction() || forwarder.onTimeout(e)) {
                return;
            }
            ClientTransaction ct = e.getClientTransaction();
            if (ct != null && ct.getApplicationData() instanceof ClientCallback callback) {
                callback.onTimeout();
            }
        } catch (RuntimeException ex) {
            LOG.error("timeout failed", ex);
        }
    }
}
