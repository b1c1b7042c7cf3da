package org.imstb.pcscf;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.pcscf.registration.RegEventSubscriber;
import org.imstb.pcscf.registration.RegisterProxy;
import org.imstb.pcscf.registration.UeRegistrations;
import org.imstb.pcscf.routing.DialogCharging;
import org.imstb.pcscf.routing.OriginatingRouter;
import org.imstb.pcscf.routing.PassThroughRouter;
import org.imstb.pcscf.routing.UeEdge;

/** The P-CSCF: the UE's first hop into the IMS (Gm), towards the I-CSCF and S-CSCF (Mw). */
public final class PcscfNode implements Node {
    /** Dialogs whose icid the P-CSCF keeps for their later requests (least recently used dropped beyond). */
    private static final int DIALOGS_CHARGED = 100_000;

    private final NodeContext context;
    private final PcscfConfig config;
    private final UeRegistrations registrations = new UeRegistrations();
    private SipEndpoint sip;
    private ScheduledExecutorService timers;

    public PcscfNode(NodeContext context, PcscfConfig config) {
        this.context = context;
        this.config = config;
    }

    @Override
    public void start() throws Exception {
        sip = new SipEndpoint(config.sip(), context.name(), context.observer(), false);
        SipEndpoint.parserMetrics(context.metrics());
        UeEdge edge = new UeEdge(new PeerTrust(config.privacy().trustDomain(config.sip().domain()),
                sip::addressesOf));
        Forwarder forwarder = new Forwarder(sip, edge::outbound);
        RegEventSubscriber subscriber = new RegEventSubscriber(sip, registrations, config.regEvent(),
                config.regEventExpires(), context.metrics());
        RegisterProxy register = new RegisterProxy(sip, forwarder, config, registrations, subscriber,
                context.metrics());
        context.metrics().gauge("imstb_pcscf_registered_contacts", "registered UE contacts", registrations::size);
        context.metrics().gauge("imstb_pcscf_reg_subscriptions", "reg event subscriptions", subscriber::size);
        DialogCharging charging = new DialogCharging(DIALOGS_CHARGED);
        context.metrics().gauge("imstb_pcscf_charged_dialogs", "dialogs whose icid is kept", charging::size);
        sip.start(new PcscfListener(sip, forwarder, register, subscriber,
                new OriginatingRouter(sip, forwarder, registrations, context.metrics(), charging),
                new PassThroughRouter(sip, forwarder, edge, charging)));
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, context.name() + "-timers");
            t.setDaemon(true);
            return t;
        });
        timers.scheduleWithFixedDelay(() -> registrations.purge(System.currentTimeMillis()), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public Readiness readiness() {
        return sip == null ? Readiness.notReady("not started") : sip.readiness();
    }

    @Override
    public void stop() {
        if (timers != null) {
            timers.shutdownNow();
        }
        if (sip != null) {
            sip.stop();
        }
    }

    /** The registered UEs (for in-process tests). */
    public UeRegistrations registrations() {
        return registrations;
    }
}
