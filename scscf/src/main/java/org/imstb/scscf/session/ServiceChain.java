package org.imstb.scscf.session;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;

import org.imstb.common.node.Metrics;
import org.imstb.common.sip.Identities;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.isc.AsInvoker;
import org.imstb.scscf.isc.IscContext;

/**
 * Runs a request through its application servers, then to its target: each step evaluates the iFCs after the last
 * one used; while one matches the request goes to its AS ({@link AsInvoker}) and comes back here with the original
 * dialog identifier ({@link #resume}); when none is left, originating requests leave through {@link OriginatingRoute}
 * and terminating ones reach the user's contacts through {@link TerminatingDelivery}. A terminating AS that changed
 * the Request-URI retargeted the request (TS 24.229 §5.4.3.3): it is then routed to the new target without further
 * terminating iFCs.
 */
final class ServiceChain implements AsInvoker.Continuation {
    private final Forwarder forwarder;
    private final AsInvoker invoker;
    private final OriginatingRoute originating;
    private final TerminatingDelivery terminating;
    private final Interconnect interconnect;
    private final Metrics metrics;

    ServiceChain(Forwarder forwarder, AsInvoker invoker, OriginatingRoute originating,
            TerminatingDelivery terminating, Interconnect interconnect, Metrics metrics) {
        this.forwarder = forwarder;
        this.invoker = invoker;
        this.originating = originating;
        this.terminating = terminating;
        this.interconnect = interconnect;
        this.metrics = metrics;
    }

    @Override
    public void proceed(ServerTransaction st, Request out, IscContext context) {
        Forwarder.ResponseHook hook = context.originating() ? Forwarder.ResponseHook.NONE
                : interconnect.terminating(st.getRequest());
        if (invoker.invokeNext(st, out, context, hook, this)) {
            return;
        }
        if (context.originating()) {
            originating.route(st, out);
        } else {
            terminating.deliver(st, out, context);
        }
    }

    /** A request back from an AS, {@code context} found by the odi of our Route entry. */
    void resume(ServerTransaction st, Request request, IscContext context) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        if (!context.originating()
                && !context.servedUser().equalsIgnoreCase(Identities.publicIdentity(out.getRequestURI()))) {
            metrics.increment("imstb_scscf_terminating_total", "outcome", "retargeted");
            originating.route(st, out);
            return;
        }
        proceed(st, out, context);
    }

    /** A request back from an AS whose odi we no longer know: routed on without further services. */
    void resumeWithoutServices(ServerTransaction st, Request request, boolean originatingCase, String servedUser) {
        Request out = forwarder.prepare(st, request);
        if (out == null) {
            return;
        }
        if (originatingCase) {
            originating.route(st, out);
        } else {
            terminating.deliver(st, out, IscContext.start(servedUser, org.imstb.scscf.isc.SessionCase
                    .TERMINATING_REGISTERED, true, null, out.getRequestURI().toString()));
        }
    }
}
