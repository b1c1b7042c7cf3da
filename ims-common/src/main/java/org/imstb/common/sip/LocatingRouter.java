package org.imstb.common.sip;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sip.SipException;
import javax.sip.SipStack;
import javax.sip.address.Hop;
import javax.sip.address.Router;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;

import gov.nist.javax.sip.stack.DefaultRouter;
import gov.nist.javax.sip.stack.HopImpl;

import org.imstb.common.dns.DnsLookupException;
import org.imstb.common.dns.SipDestination;
import org.imstb.common.dns.SipServerLocator;
import org.imstb.common.dns.SipTarget;
import org.imstb.common.util.Hosts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP's next-hop router ({@code javax.sip.ROUTER_PATH}) with RFC 3263 server location: the stack's default
 * router picks the URI to go to (top Route when loose-routing, else the Request-URI) and this router turns a host
 * name there into a transport, address and port through NAPTR, SRV and AAAA with the node's DNS client. IP literals
 * and stacks without a DNS client keep the default behaviour (the JVM resolver, i.e. the hosts file). The stack
 * instantiates this class by name; it finds its locator through {@link #bind}, keyed by stack name.
 */
public final class LocatingRouter implements Router {
    private static final Logger LOG = LoggerFactory.getLogger(LocatingRouter.class);
    private static final Map<String, SipServerLocator> LOCATORS = new ConcurrentHashMap<>();

    private final DefaultRouter fallback;
    private final SipServerLocator locator;

    /** Called by the stack with itself and its outbound proxy property. */
    public LocatingRouter(SipStack stack, String outboundProxy) {
        this.fallback = new DefaultRouter(stack, outboundProxy);
        this.locator = LOCATORS.get(stack.getStackName());
    }

    /** The locator the stack named {@code stackName} uses. Call before the stack is created. */
    public static void bind(String stackName, SipServerLocator locator) {
        LOCATORS.put(stackName, locator);
    }

    public static void unbind(String stackName) {
        LOCATORS.remove(stackName);
    }

    @Override
    public Hop getNextHop(Request request) throws SipException {
        Hop hop = fallback.getNextHop(request);
        if (locator == null || hop == null || isLiteral(hop.getHost())) {
            return hop;
        }
        URI target = targetOf(request);
        if (!(target instanceof SipURI uri) || !hop.getHost().equalsIgnoreCase(hostOf(uri))) {
            return hop;
        }
        try {
            List<SipTarget> found = locator.locate(SipDestination.of(uri));
            if (found.isEmpty()) {
                LOG.debug("no RFC 3263 target for {}; using the system resolver", uri);
                return hop;
            }
            SipTarget t = found.get(0);
            return new HopImpl(t.address().getHostAddress(), t.port(), t.transport().name().toLowerCase(
                    java.util.Locale.ROOT));
        } catch (DnsLookupException e) {
            LOG.debug("DNS lookup for {} failed ({}); using the system resolver", uri, e.getMessage());
            return hop;
        }
    }

    private static URI targetOf(Request request) {
        RouteHeader route = (RouteHeader) request.getHeader(RouteHeader.NAME);
        if (route != null && route.getAddress().getURI() instanceof SipURI s && s.hasLrParam()) {
            return s;
        }
        return request.getRequestURI();
    }

    private static String hostOf(SipURI uri) {
        return uri.getMAddrParam() != null ? uri.getMAddrParam() : uri.getHost();
    }

    static boolean isLiteral(String host) {
        return Hosts.isIpLiteral(host);
    }

    @Override
    public Hop getOutboundProxy() {
        return fallback.getOutboundProxy();
    }

    @Override
    @SuppressWarnings({"rawtypes", "deprecation"})
    public java.util.ListIterator getNextHops(Request request) {
        return fallback.getNextHops(request);
    }
}
