package org.imstb.pcscf.registration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;

import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderAddress;
import javax.sip.header.RouteHeader;
import javax.sip.header.SupportedHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.ims.PAssertedIdentityHeader;
import gov.nist.javax.sip.header.ims.PAssociatedURIHeader;
import gov.nist.javax.sip.header.ims.PChargingVectorHeader;
import gov.nist.javax.sip.header.ims.PVisitedNetworkIDHeader;
import gov.nist.javax.sip.header.ims.ServiceRouteHeader;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.Tags;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.pcscf.PcscfConfig;

/**
 * REGISTER through the P-CSCF (TS 24.229 §5.2.2): Path with our "term" URI, P-Visited-Network-ID, P-Charging-Vector,
 * then to the home I-CSCF; ck/ik stripped from the 401 (they are for us, not the UE); on 200 the UE's contacts are
 * bound with the Service-Route and P-Associated-URI, and the user's reg event is subscribed to.
 */
public final class RegisterProxy {
    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final PcscfConfig config;
    private final UeRegistrations registrations;
    private final RegEventSubscriber subscriber;
    private final Metrics metrics;

    public RegisterProxy(SipEndpoint sip, Forwarder forwarder, PcscfConfig config, UeRegistrations registrations,
            RegEventSubscriber subscriber, Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.config = config;
        this.registrations = registrations;
        this.subscriber = subscriber;
        this.metrics = metrics;
    }

    public void handle(ServerTransaction st, Request request) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        List<String> contacts = contactUris(request);
        try {
            out.removeHeader(PAssertedIdentityHeader.NAME);
            out.removeHeader(RouteHeader.NAME);
            out.addHeader(sip.headers().createPathHeader(sip.addresses().createAddress(sip.uri("term", true))));
            if (!supportsPath(out)) {
                out.addHeader(sip.headers().createSupportedHeader("path"));
            }
            PVisitedNetworkIDHeader pvni = sip.headers().createPVisitedNetworkIDHeader();
            pvni.setVisitedNetworkID(config.visitedNetworkId());
            out.setHeader(pvni);
            PChargingVectorHeader pcv = sip.headers().createChargingVectorHeader(Tags.token(12));
            out.setHeader(pcv);
            SipURI icscf = (SipURI) sip.addresses().createURI(config.icscf());
            icscf.setLrParam();
            out.addHeader(sip.headers().createRouteHeader(sip.addresses().createAddress(icscf)));
        } catch (java.text.ParseException e) {
            SipReplies.send(sip, st, request, Response.SERVER_INTERNAL_ERROR, e.getMessage());
            return;
        }
        metrics.increment("imstb_pcscf_register_total");
        forwarder.forward(st, out, response -> onResponse(response, contacts));
    }

    private static boolean supportsPath(Request r) {
        ListIterator<?> it = r.getHeaders(SupportedHeader.NAME);
        while (it.hasNext()) {
            if ("path".equalsIgnoreCase(((SupportedHeader) it.next()).getOptionTag())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> contactUris(Request r) {
        List<String> uris = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(ContactHeader.NAME);
        while (it.hasNext()) {
            ContactHeader c = (ContactHeader) it.next();
            if (!c.isWildCard()) {
                uris.add(c.getAddress().getURI().toString());
            }
        }
        return uris;
    }

    private void onResponse(Response response, List<String> requested) {
        if (response.getStatusCode() == Response.UNAUTHORIZED) {
            ListIterator<?> it = response.getHeaders(WWWAuthenticateHeader.NAME);
            while (it.hasNext()) {
                WWWAuthenticateHeader h = (WWWAuthenticateHeader) it.next();
                h.removeParameter("ck");
                h.removeParameter("ik");
            }
        } else if (response.getStatusCode() == Response.OK) {
            bind(response, requested);
        }
    }

    private void bind(Response ok, List<String> requested) {
        List<String> identities = headerValues(ok, PAssociatedURIHeader.NAME);
        List<String> serviceRoute = new ArrayList<>();
        ListIterator<?> sr = ok.getHeaders(ServiceRouteHeader.NAME);
        while (sr.hasNext()) {
            serviceRoute.add(((HeaderAddress) sr.next()).getAddress().toString());
        }
        long now = System.currentTimeMillis();
        Set<String> bound = new HashSet<>();
        ListIterator<?> it = ok.getHeaders(ContactHeader.NAME);
        while (it.hasNext()) {
            ContactHeader c = (ContactHeader) it.next();
            String uri = c.getAddress().getURI().toString();
            if (!requested.contains(uri) || c.getExpires() <= 0 || identities.isEmpty()
                    || !(c.getAddress().getURI() instanceof SipURI s)) {
                continue;
            }
            bound.add(uri);
            boolean fresh = !registrations.hasIdentity(identities.get(0));
            registrations.put(new UeRegistration(uri, Flows.of(s), identities, serviceRoute,
                    now + c.getExpires() * 1000L));
            if (fresh) {
                subscriber.subscribe(identities.get(0), serviceRoute);
            }
        }
        for (String uri : requested) {
            if (!bound.contains(uri)) {
                registrations.removeContact(uri);
            }
        }
    }

    private static List<String> headerValues(Response r, String name) {
        List<String> values = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(name);
        while (it.hasNext()) {
            values.add(Identities.publicIdentity(((HeaderAddress) it.next()).getAddress().getURI()));
        }
        return values;
    }
}
