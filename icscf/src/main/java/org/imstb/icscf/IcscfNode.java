package org.imstb.icscf;

import org.imstb.common.cx.CxClient;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.icscf.cx.LirClient;
import org.imstb.icscf.cx.UarClient;
import org.imstb.icscf.routing.RegisterRouter;
import org.imstb.icscf.routing.ScscfSelection;
import org.imstb.icscf.routing.TerminatingRouter;
import org.imstb.icscf.routing.ThigRouter;
import org.imstb.icscf.thig.Thig;
import org.imstb.icscf.thig.TokenCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The I-CSCF: the home network's entry point; finds the S-CSCF with UAR/LIR and forwards to it. */
public final class IcscfNode implements Node {
    private static final Logger LOG = LoggerFactory.getLogger(IcscfNode.class);

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
        SipEndpoint.parserMetrics(context.metrics());
        PeerTrust trust = new PeerTrust(config.privacy().trustDomain(config.sip().domain()), sip::addressesOf);
        Forwarder forwarder = new Forwarder(sip, IcscfListener.outbound(trust));
        ScscfSelection selection = new ScscfSelection(config.scscfs());
        RegisterRouter register = new RegisterRouter(sip, forwarder, new UarClient(cx, config.hss()), selection,
                config.diameter().realm(), context.metrics());
        ThigRouter thig = config.thig().enabled() ? new ThigRouter(sip, forwarder, thig(), context.metrics()) : null;
        TerminatingRouter terminating = new TerminatingRouter(sip, forwarder, new LirClient(cx, config.hss()),
                selection, context.metrics(), thig, trust);
        diameter.start();
        sip.start(new IcscfListener(sip, forwarder, register, terminating, thig, trust));
    }

    private Thig thig() {
        byte[] key = config.thig().keyBytes();
        if (key == null) {
            LOG.warn("thig.key not configured: a random key is used, dialogs through {} will not survive a restart",
                    context.name());
            key = TokenCipher.randomKey();
        }
        return new Thig(new TokenCipher(key, config.sip().host()), user -> sip.uri(user, true), sip::isOwn,
                sip.headers(), sip.addresses());
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
