package org.imstb.scscf.regevent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.EventHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.reginfo.Reginfo;
import org.imstb.common.sip.reginfo.ReginfoXml;
import org.imstb.scscf.registrar.BindingChange;
import org.imstb.scscf.registrar.Registrar;
import org.imstb.scscf.registrar.Registration;
import org.imstb.scscf.registrar.RegistrationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reg event notifier (RFC 3680; TS 24.229 §5.4.2.1): accepts SUBSCRIBE from the UE (asserted identity in the
 * implicit set) and from the P-CSCF (its URI in the registration's Path), NOTIFYs full state first and partial state on
 * every change, and terminates the subscriptions when the registration ends.
 */
public final class RegEventNotifier implements RegistrationListener {
    private static final Logger LOG = LoggerFactory.getLogger(RegEventNotifier.class);

    private final SipEndpoint sip;
    private final Registrar registrar;
    private final int maxExpires;
    private final Metrics metrics;
    private final Map<Registration, List<Subscription>> subscriptions = new ConcurrentHashMap<>();

    public RegEventNotifier(SipEndpoint sip, Registrar registrar, int maxExpires, Metrics metrics) {
        this.sip = sip;
        this.registrar = registrar;
        this.maxExpires = maxExpires;
        this.metrics = metrics;
    }

    /** True if {@code request} is a SUBSCRIBE to the reg event package. */
    public static boolean isRegSubscribe(Request request) {
        EventHeader ev = (EventHeader) request.getHeader(EventHeader.NAME);
        return Request.SUBSCRIBE.equals(request.getMethod()) && ev != null
                && ReginfoXml.EVENT_PACKAGE.equalsIgnoreCase(ev.getEventType());
    }

    public void handleSubscribe(ServerTransaction st, Request request) {
        String target = Identities.publicIdentity(request.getRequestURI());
        Registration r = registrar.find(target).orElse(null);
        if (r == null) {
            SipReplies.send(sip, st, request, Response.NOT_FOUND, "Not registered");
            return;
        }
        String subscriber = subscriber(request);
        if (subscriber == null || !authorised(r, subscriber)) {
            SipReplies.send(sip, st, request, Response.FORBIDDEN, "Not allowed to subscribe");
            return;
        }
        ExpiresHeader eh = request.getExpires();
        int expires = Math.min(eh == null ? maxExpires : eh.getExpires(), maxExpires);
        try {
            Dialog dialog = st.getDialog() != null ? st.getDialog() : sip.provider().getNewDialog(st);
            Subscription existing = find(r, dialog);
            Response ok = SipReplies.create(sip, request, Response.OK, null);
            ok.addHeader(sip.headers().createExpiresHeader(expires));
            ok.addHeader(sip.headers().createContactHeader(sip.addresses().createAddress(sip.uri(null, false))));
            st.sendResponse(ok);
            long now = System.currentTimeMillis();
            if (expires == 0) {
                if (existing != null) {
                    drop(existing);
                }
                Subscription once = existing != null ? existing : new Subscription(dialog, r, subscriber, now);
                send(once, ReginfoBuilder.full(r, once.nextVersion(), now), "terminated;reason=timeout");
                return;
            }
            Subscription s = existing;
            if (s == null) {
                s = new Subscription(dialog, r, subscriber, now + expires * 1000L);
                subscriptions.computeIfAbsent(r, k -> new CopyOnWriteArrayList<>()).add(s);
                metrics.increment("imstb_scscf_reg_subscriptions_total");
            } else {
                s.refresh(now + expires * 1000L);
            }
            send(s, ReginfoBuilder.full(r, s.nextVersion(), now), "active;expires=" + expires);
        } catch (Exception e) {
            LOG.warn("SUBSCRIBE to reg of {} failed: {}", target, e.toString());
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, null);
        }
    }

    private static String subscriber(Request request) {
        PAssertedIdentityHeader pai = (PAssertedIdentityHeader) request.getHeader(PAssertedIdentityHeader.NAME);
        HeaderAddress from = pai != null ? pai : (HeaderAddress) request.getHeader(javax.sip.header.FromHeader.NAME);
        return from == null ? null : Identities.publicIdentity(from.getAddress().getURI());
    }

    /** The user itself (any identity of the set), or a P-CSCF on the registration's Path. */
    private boolean authorised(Registration r, String subscriber) {
        if (r.identities().stream().anyMatch(id -> id.equalsIgnoreCase(subscriber))) {
            return true;
        }
        String host = hostOf(subscriber);
        return r.bindings().stream().flatMap(b -> b.path().stream()).anyMatch(p -> hostOf(p).equalsIgnoreCase(host));
    }

    /** The host of a SIP URI or name-addr (a Path entry, an identity), parsed by JAIN-SIP; "" when not SIP. */
    private String hostOf(String uriOrAddress) {
        try {
            return sip.addresses().createAddress(uriOrAddress).getURI() instanceof javax.sip.address.SipURI s
                    ? s.getHost() : "";
        } catch (java.text.ParseException e) {
            return "";
        }
    }

    private Subscription find(Registration r, Dialog d) {
        return subscriptions.getOrDefault(r, List.of()).stream().filter(s -> s.dialog() == d).findFirst()
                .orElse(null);
    }

    @Override
    public void changed(Registration r, List<BindingChange> changes) {
        List<Subscription> subs = subscriptions.get(r);
        if (subs == null || changes.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        boolean ended = r.state() == Registration.State.TERMINATED;
        for (Subscription s : subs) {
            send(s, ReginfoBuilder.partial(r, s.nextVersion(), changes, now),
                    ended ? "terminated;reason=noresource" : "active;expires=" + Math.max(0,
                            (s.expiresAtMs() - now) / 1000));
        }
        if (ended) {
            subscriptions.remove(r);
        }
    }

    /** Ends subscriptions whose time is up (NOTIFY with Subscription-State terminated;reason=timeout). */
    public void expire(long nowMs) {
        subscriptions.forEach((r, subs) -> {
            for (Subscription s : subs) {
                if (s.expiresAtMs() <= nowMs) {
                    drop(s);
                    send(s, ReginfoBuilder.full(r, s.nextVersion(), nowMs), "terminated;reason=timeout");
                }
            }
        });
    }

    private void drop(Subscription s) {
        List<Subscription> subs = subscriptions.get(s.registration());
        if (subs != null) {
            subs.remove(s);
        }
    }

    private void send(Subscription s, Reginfo doc, String state) {
        try {
            Request notify = s.dialog().createRequest(Request.NOTIFY);
            notify.addHeader(sip.headers().createEventHeader(ReginfoXml.EVENT_PACKAGE));
            notify.addHeader((SubscriptionStateHeader) sip.headers().createHeader(SubscriptionStateHeader.NAME,
                    state));
            notify.setContent(ReginfoXml.encode(doc), sip.headers().createContentTypeHeader(
                    ReginfoXml.CONTENT_TYPE, ReginfoXml.CONTENT_SUBTYPE));
            ClientTransaction ct = sip.provider().getNewClientTransaction(notify);
            ct.setApplicationData(s);
            s.dialog().sendRequest(ct);
            metrics.increment("imstb_scscf_reg_notify_total");
        } catch (Exception e) {
            LOG.debug("NOTIFY to {} failed: {}", s.subscriber(), e.toString());
            drop(s);
        }
    }

    /** A NOTIFY answer: 481 or any failure ends the subscription (RFC 6665 §4.2.2). */
    public boolean onResponse(ResponseEvent e) {
        if (e.getClientTransaction() == null || !(e.getClientTransaction().getApplicationData() instanceof Subscription s)) {
            return false;
        }
        if (e.getResponse().getStatusCode() >= 300) {
            drop(s);
        }
        return true;
    }

    public boolean onTimeout(TimeoutEvent e) {
        if (e.getClientTransaction() == null || !(e.getClientTransaction().getApplicationData() instanceof Subscription s)) {
            return false;
        }
        drop(s);
        return true;
    }

    /** Subscriptions open now. */
    public int size() {
        return subscriptions.values().stream().mapToInt(List::size).sum();
    }
}
