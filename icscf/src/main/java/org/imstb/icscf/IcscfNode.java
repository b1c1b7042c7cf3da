package org.imstb.icscf;

import org.imstb.common.cx.CxClient;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.cx.LirClient;
import org.imstb.icscf.cx.UarClient;
import org.imstb.icscf.routing.RegisterRouter;
import org.imstb.icscf.routing.ScscfSelection;
import org.imstb.icscf.routing.TerminatingRouter;

/** The I-CSCF: the home network's entry point; finds the S-CSCF with UAR/LIR and forwards to it. */
public final class IcscfNode implements Node {
    private final NodeContext context;
    private final IcscfConfig config;
    private DiameterStack diameter;
    private SipEndpoint sip;

    public IcscfNode(NodeContext context, IcscfConfig config) {
        this.context = context;
        this.config = config;
    }

    @Override
    public void start() throws Exception {
        diameter = new DiameterStack(config.diameter(), context.name(), context.observer(), context.metrics());
        CxClient cx = new CxClient(diameter);
        sip = new SipEndpoint(config.sip(), context.name(), context.observer(), false);
        Forwarder forwarder = new Forwarder(sip);
        ScscfSelection selection = new ScscfSelection(config.scscfs());
        RegisterRouter register = new RegisterRouter(sip, forwarder, new UarClient(cx, config.hss()), selection,
                config.diameter().realm(), context.metrics());
        TerminatingRouter terminating = new TerminatingRouter(sip, forwarder, new LirClient(cx, config.hss()),
                selection, context.metrics());
        diameter.start();
        sip.start(new IcscfListener(sip, forwarder, register, terminating));
    }

    @Override
    public Readiness readiness() {
        if (sip == null || diameter == null) {
            return Readiness.notReady("not started");
        }
        return sip.readiness().and(diameter.readiness());
    }

    @Override
    public void stop() {
        if (sip != null) {
            sip.stop();
        }
        if (diameter != null) {
            diameter.stop();
        }
    }
}
