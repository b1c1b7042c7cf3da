package org.imstb.scscf.isc;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.cx.userdata.InitialFilterCriteria;
import org.imstb.common.node.Metrics;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.SipReplies;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.ScscfConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an initial request to the next application server whose iFC matches (TS 24.229 §5.4.3.2 step 4,
 * §5.4.3.3 step 4): the AS URI as the top Route, then our own URI carrying an original dialog identifier (odi) so that
 * the request comes back to us and the chain goes on after that iFC; P-Served-User (RFC 5502) names the served user,
 * session case and registration state. When the AS sends nothing within {@code isc.asTimeoutMs}, or fails with 408/5xx
 * before any provisional response, the iFC's DefaultHandling decides: SESSION_CONTINUED goes on with the next iFC as
 * if the AS had sent the request back unchanged, SESSION_TERMINATED answers 504 (no answer) or 500 (AS failure).
 * A request that has been through {@code isc.maxInvocations} AS and matches yet another gets 482 (loop).
 */
public final class AsInvoker {
    private static final Logger LOG = LoggerFactory.getLogger(AsInvoker.class);
    /** RFC 5502. */
    public static final String P_SERVED_USER = "P-Served-User";
    /** The URI parameter carrying the original dialog identifier in our Route entry. */
    public static final String ODI = "odi";

    /** What the chain does next: evaluate the following iFCs, then route the request to its target. */
    @FunctionalInterface
    public interface Continuation {
        void proceed(ServerTransaction st, Request out, IscContext context);
    }

    private final SipEndpoint sip;
    private final Forwarder forwarder;
    private final OdiTable odis;
    private final ScheduledExecutorService timers;
    private final ScscfConfig.IscConfig config;
    private final Metrics metrics;

    public AsInvoker(SipEndpoint sip, Forwarder forwarder, OdiTable odis, ScheduledExecutorService timers,
            ScscfConfig.IscConfig config, Metrics metrics) {
        this.sip = sip;
        this.forwarder = forwarder;
        this.odis = odis;
        this.timers = timers;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Sends {@code out} (a request prepared by the forwarder) to the AS of the next matching iFC after
     * {@code context.position()}; returns false, having done nothing, when no further iFC matches.
     *
     * @param hook  applied to the responses relayed back upstream
     * @param next  where the chain goes on when an AS's DefaultHandling is SESSION_CONTINUED
     */
    public boolean invokeNext(ServerTransaction st, Request out, IscContext context, Forwarder.ResponseHook hook,
            Continuation next) {
        if (context.profile() == null) {
            return false;
        }
        Optional<FilterCriteria.Match> match = FilterCriteria.next(context.profile(), context.position(),
                context.sessionCase(), context.registered(), RequestViews.of(out, null));
        if (match.isEmpty()) {
            return false;
        }
        if (context.invocations() >= config.maxInvocations()) {
            count("loop");
            SipReplies.send(sip, st, st.getRequest(), Response.LOOP_DETECTED,
                    "Loop Detected (" + context.invocations() + " application servers)");
            return true;
        }
        InitialFilterCriteria ifc = match.get().ifc();
        IscContext after = context.after(match.get().position());
        Request snapshot = (Request) out.clone();
        Request toAs;
        try {
            toAs = towardsAs(out, ifc.applicationServer(), after);
        } catch (java.text.ParseException | javax.sip.SipException e) {
            LOG.warn("cannot route to AS {}: {}", ifc.applicationServer(), e.getMessage());
            return defaultHandling(st, snapshot, after, ifc, Response.SERVER_INTERNAL_ERROR, next);
        }
        count("invoked");
        LOG.debug("{} {} of {} to AS {} (iFC priority {})", context.sessionCase(), out.getMethod(),
                context.servedUser(), ifc.applicationServer(), ifc.priority());
        Runnable giveUp = forwarder.forwardGuarded(st, toAs, hook,
                code -> defaultHandling(st, snapshot, after, ifc, code, next));
        timers.schedule(() -> {
            try {
                giveUp.run();
            } catch (RuntimeException e) {
                LOG.warn("default handling failed", e);
            }
        }, config.asTimeoutMs(), TimeUnit.MILLISECONDS);
        return true;
    }

    private Request towardsAs(Request out, String asUri, IscContext after)
            throws java.text.ParseException, javax.sip.SipException {
        Request toAs = (Request) out.clone();
        toAs.removeHeader(RouteHeader.NAME);
        Address as = sip.addresses().createAddress(asUri);
        if (as.getURI() instanceof SipURI asSip) {
            asSip.setLrParam();
        }
        SipURI back = sip.uri(after.originating() ? "orig" : "term", true);
        back.setParameter(ODI, odis.put(after, System.currentTimeMillis()));
        toAs.addHeader(sip.headers().createRouteHeader(as));
        toAs.addLast(sip.headers().createRouteHeader(sip.addresses().createAddress(back)));
        toAs.removeHeader(P_SERVED_USER);
        toAs.addHeader(sip.headers().createHeader(P_SERVED_USER, "<" + after.servedUser() + ">;sescase="
                + after.sessionCase().sescase() + ";regstate=" + after.sessionCase().regstate()));
        if (dialogForming(toAs)) {
            toAs.addFirst(sip.headers().createRecordRouteHeader(sip.addresses().createAddress(
                    sip.uri(after.originating() ? "mo" : "mt", true))));
        }
        return toAs;
    }

    private static boolean dialogForming(Request r) {
        String m = r.getMethod();
        return Request.INVITE.equals(m) || Request.SUBSCRIBE.equals(m) || Request.REFER.equals(m);
    }

    private boolean defaultHandling(ServerTransaction st, Request snapshot, IscContext after,
            InitialFilterCriteria ifc, int code, Continuation next) {
        boolean noAnswer = code == Response.REQUEST_TIMEOUT;
        if (ifc.defaultHandling() == InitialFilterCriteria.SESSION_CONTINUED) {
            count("continued");
            LOG.info("AS {} {} ({}): session continued", ifc.applicationServer(),
                    noAnswer ? "did not answer" : "failed", code);
            next.proceed(st, snapshot, after);
        } else {
            count("terminated");
            LOG.info("AS {} {} ({}): session terminated", ifc.applicationServer(),
                    noAnswer ? "did not answer" : "failed", code);
            SipReplies.send(sip, st, st.getRequest(), noAnswer ? Response.SERVER_TIMEOUT
                    : Response.SERVER_INTERNAL_ERROR, noAnswer ? "Application server did not answer"
                    : "Application server failed");
        }
        return true;
    }

    private void count(String outcome) {
        metrics.increment("imstb_scscf_as_invocations_total", "outcome", outcome);
    }
}
