package org.imstb.ue.as;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;

import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.SipEndpoint;

/**
 * Which service a request is for, and which Route entries are the AS's own. The S-CSCF names the AS by the iFC's
 * ServerName, e.g. {@code Route: <sip:voicemail@as1.domain1.test;lr>} (TS 24.229 §5.4.3.2): the service is the user
 * part of that top Route; when no Route names the AS (third-party REGISTER, requests inside a dialog the AS is an
 * endpoint of, a PSI routed straight to it) it is the user part of the Request-URI.
 *
 * <p>A URI is ours when its host is our host name or listen address and its port is ours or absent: a ServerName
 * without a port reaches the AS through the DNS SRV records of its host name (RFC 3263), so the port the S-CSCF
 * writes need not be the one we listen on.
 */
public final class ServiceRouting {
    private ServiceRouting() {
    }

    /** The service name of {@code request}, empty when neither an own Route nor the Request-URI has a user part. */
    public static Optional<String> serviceName(SipEndpoint sip, Request request) {
        RouteHeader top = (RouteHeader) request.getHeader(RouteHeader.NAME);
        if (top != null && isOwn(sip, top.getAddress().getURI())) {
            String user = ((SipURI) top.getAddress().getURI()).getUser();
            if (user != null && !user.isEmpty()) {
                return Optional.of(user);
            }
        }
        if (request.getRequestURI() instanceof SipURI s && s.getUser() != null && !s.getUser().isEmpty()) {
            return Optional.of(s.getUser());
        }
        return Optional.empty();
    }

    /** True when {@code uri} names this AS (host name or address, our port or none). */
    public static boolean isOwn(SipEndpoint sip, URI uri) {
        if (sip.isOwn(uri)) {
            return true;
        }
        if (!(uri instanceof SipURI s) || s.getPort() > 0) {
            return false;
        }
        SipConfig c = sip.config();
        String h = s.getHost();
        String bare = h.startsWith("[") ? h.substring(1, h.length() - 1) : h;
        return bare.equalsIgnoreCase(c.host()) || bare.equalsIgnoreCase(c.address()) || h.equalsIgnoreCase(
                c.uriHost());
    }

    /** Removes the top Route of {@code request} if it is ours (after the forwarder, which knows only our port). */
    public static void removeOwnRoute(SipEndpoint sip, Request request) {
        RouteHeader top = (RouteHeader) request.getHeader(RouteHeader.NAME);
        if (top != null && isOwn(sip, top.getAddress().getURI())) {
            request.removeFirst(RouteHeader.NAME);
        }
    }

    /**
     * True when a request built from {@code routes} and {@code requestUri} would come straight back: no Route left
     * and the Request-URI names the AS (a request addressed to the service itself, not routed through it).
     */
    public static boolean loopsBack(SipEndpoint sip, boolean routes, URI requestUri) {
        return !routes && isOwn(sip, requestUri);
    }

    /**
     * The Route entries after ours, copied: where a request the AS creates from {@code request} goes next (back to
     * the S-CSCF, whose entry carries the original dialog identifier).
     */
    public static List<Address> remainingRoutes(SipEndpoint sip, Request request) {
        List<Address> out = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(RouteHeader.NAME);
        boolean first = true;
        while (it.hasNext()) {
            Address a = ((RouteHeader) it.next()).getAddress();
            if (first && isOwn(sip, a.getURI())) {
                first = false;
                continue;
            }
            first = false;
            out.add((Address) a.clone());
        }
        return out;
    }
}
