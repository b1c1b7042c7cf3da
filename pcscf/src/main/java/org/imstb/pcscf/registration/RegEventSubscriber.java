package org.imstb.pcscf.registration;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.ClientTransaction;
import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.common.sip.reginfo.Contact;
import org.imstb.common.sip.reginfo.ContactState;
import org.imstb.common.sip.reginfo.RegState;
import org.imstb.common.sip.reginfo.Reginfo;
import org.imstb.common.sip.reginfo.ReginfoException;
import org.imstb.common.sip.reginfo.ReginfoXml;
import org.imstb.common.sip.reginfo.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The P-CSCF as subscriber to its users' reg event (TS 24.229 §5.2.3, RFC 3680): SUBSCRIBE along the Service-Route
 * after the first registration; on NOTIFY, bindings whose contact or registration is terminated are dropped, so that
 * a network-initiated deregistration also ends the UE's state here.
 */
public final class RegEventSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(RegEventSubscriber.class);
    /** The user part of the contact our subscriptions' NOTIFYs come to. */
    public static final String CONTACT_USER = "reg";

    private final SipEndpoint sip;
    private final UeRegistrations registrations;
    private final boolean enabled;
    private final int expires;
    private final Metrics metrics;
    private final Map<String, String> byCallId = new ConcurrentHashMap<>();

    public RegEventSubscriber(SipEndpoint sip, UeRegistrations registrations, boolean enabled, int expires,
            Metrics metrics) {
        this.sip = sip;
        this.registrations = registrations;
        this.enabled = enabled;
        this.expires = expires;
        this.metrics = metrics;
    }

    /** Subscribes to the reg event of {@code identity}, routing along {@code serviceRoute}. */
    public void subscribe(String identity, List<String> serviceRoute) {
        if (!enabled || byCallId.containsValue(identity)) {
            return;
        }
        try {
            Address target = sip.addresses().createAddress(identity);
            Address self = sip.addresses().createAddress(sip.uri(null, false));
            CallIdHeader callId = sip.provider().getNewCallId();
            Request s = sip.newRequest(target.getURI(), Request.SUBSCRIBE, callId, 1L, self, Tags.next(), target,
                    "udp");
            for (String route : serviceRoute) {
                s.addHeader(sip.headers().createHeader("Route", route));
            }
            s.setHeader(sip.viaFor(s, null));
            s.addHeader(sip.headers().createEventHeader(ReginfoXml.EVENT_PACKAGE));
            s.addHeader(sip.headers().createExpiresHeader(expires));
            s.addHeader(sip.headers().createAcceptHeader(ReginfoXml.CONTENT_TYPE, ReginfoXml.CONTENT_SUBTYPE));
            s.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(
                    sip.uri(CONTACT_USER, false))));
            s.addHeader(sip.headers().createPAssertedIdentityHeader(self));
            byCallId.put(callId.getCallId(), identity);
            ClientTransaction ct = sip.provider().getNewClientTransaction(s);
            ct.setApplicationData(this);
            ct.sendRequest();
            metrics.increment("imstb_pcscf_reg_subscribe_total");
        } catch (Exception e) {
            LOG.warn("cannot subscribe to the reg event of {}: {}", identity, e.toString());
        }
    }

    /** True if a NOTIFY is for one of our subscriptions. */
    public boolean isOurs(Request request) {
        CallIdHeader callId = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return Request.NOTIFY.equals(request.getMethod()) && callId != null
                && byCallId.containsKey(callId.getCallId());
    }

    /** A NOTIFY on one of our subscriptions: 200, then drop what it says is terminated. */
    public void onNotify(ServerTransaction st, Request notify) {
        String callId = ((CallIdHeader) notify.getHeader(CallIdHeader.NAME)).getCallId();
        Reginfo doc;
        try {
            byte[] body = notify.getRawContent();
            doc = ReginfoXml.decode(body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (ReginfoException e) {
            SipReplies.send(sip, st, notify, Response.BAD_REQUEST, "Bad reginfo: " + e.getMessage());
            return;
        }
        SipReplies.send(sip, st, notify, Response.OK, null);
        for (Registration r : doc.registrations()) {
            if (r.state() == RegState.TERMINATED) {
                registrations.removeIdentity(r.aor());
                continue;
            }
            for (Contact c : r.contacts()) {
                if (c.state() == ContactState.TERMINATED) {
                    registrations.removeContact(c.uri());
                }
            }
        }
        SubscriptionStateHeader state = (SubscriptionStateHeader) notify.getHeader(SubscriptionStateHeader.NAME);
        if (state != null && SubscriptionStateHeader.TERMINATED.equalsIgnoreCase(state.getState())) {
            byCallId.remove(callId);
        }
    }

    /** Answers to our SUBSCRIBEs: a failure forgets the subscription. */
    public boolean onResponse(javax.sip.ResponseEvent e) {
        if (e.getClientTransaction() == null || e.getClientTransaction().getApplicationData() != this) {
            return false;
        }
        if (e.getResponse().getStatusCode() >= 300) {
            CallIdHeader callId = (CallIdHeader) e.getResponse().getHeader(CallIdHeader.NAME);
            String identity = byCallId.remove(callId.getCallId());
            LOG.info("reg event subscription for {} refused: {}", identity, e.getResponse().getStatusCode());
        }
        return true;
    }

    public int size() {
        return byCallId.size();
    }
}
