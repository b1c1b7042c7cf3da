package org.imstb.scscf;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.imstb.common.cx.CxClient;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.dns.EnumResolver;
import org.imstb.common.dns.SipServerLocator;
import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.privacy.PeerTrust;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.scscf.auth.Challenges;
import org.imstb.scscf.cx.MarClient;
import org.imstb.scscf.cx.RtrHandler;
import org.imstb.scscf.cx.SarClient;
import org.imstb.scscf.regevent.RegEventNotifier;
import org.imstb.scscf.registrar.Registrar;
import org.imstb.scscf.registration.Deregistrations;
import org.imstb.scscf.registration.RegisterHandler;
import org.imstb.scscf.isc.AsInvoker;
import org.imstb.scscf.isc.OdiTable;
import org.imstb.scscf.isc.ServiceProfiles;
import org.imstb.scscf.isc.ThirdPartyRegistrar;
import org.imstb.scscf.session.Interconnect;
import org.imstb.scscf.session.SessionRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The S-CSCF: registrar, authenticator and reg event notifier over SIP (Mw), Cx client of the HSS, and session
 * control: originating and terminating routing of initial requests, Record-Routed dialogs, forking to contacts.
 */
public final class ScscfNode implements Node {
    private static final Logger LOG = LoggerFactory.getLogger(ScscfNode.class);

    /** How long an application server may keep a request before sending it back to us. */
    private static final long ODI_LIFETIME_MS = 300_000;

    private final NodeContext context;
    private final ScscfConfig config;
    private final Registrar registrar = new Registrar();
    private DiameterStack diameter;
    private SipEndpoint sip;
    private ScheduledExecutorService timers;

    public ScscfNode(NodeContext context, ScscfConfig config) {
        this.context = context;
        this.config = config;
    }

    @Override
    public void start() throws Exception {
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, context.name() + "-timers");
            t.setDaemon(true);
            return t;
        });
        Challenges challenges = new Challenges(config.registrar().nonceSeconds() * 1000L);
        sip = new SipEndpoint(config.sip(), context.name(), context.observer(), false);
        SipEndpoint.parserMetrics(context.metrics());
        RegEventNotifier notifier = new RegEventNotifier(sip, registrar, config.registrar().notifyExpires(),
                context.metrics());
        diameter = new DiameterStack(config.diameter(), context.name(), context.observer(), context.metrics());
        CxClient cx = new CxClient(diameter);
        SarClient sar = new SarClient(cx, config);
        AtomicReference<Deregistrations> deregistrar = new AtomicReference<>();
        ThirdPartyRegistrar thirdParty = new ThirdPartyRegistrar(sip, new ServiceProfiles(), config, timers,
                impu -> deregistrar.get().administrative(impu), context.metrics());
        Deregistrations deregistrations = new Deregistrations(registrar, sar, (r, changes) -> {
            notifier.changed(r, changes);
            thirdParty.changed(r, changes);
        }, context.metrics());
        deregistrar.set(deregistrations);
        diameter.serve(Application.CX, Command.RTR, new RtrHandler(deregistrations::terminate));
        RegisterHandler register = new RegisterHandler(sip, config.registrar(), registrar, challenges,
                new MarClient(cx, config), sar, notifier, thirdParty, context.metrics());
        context.metrics().gauge("imstb_scscf_registrations", "active registrations", registrar::activeCount);
        context.metrics().gauge("imstb_scscf_reg_subscriptions", "open reg event subscriptions", notifier::size);
        diameter.start();
        PeerTrust trust = new PeerTrust(config.privacy().trustDomain(config.sip().domain()), sip::addressesOf);
        Forwarder forwarder = new Forwarder(sip, SessionRouter.outbound(trust));
        EnumResolver enumResolver = config.sip().dns() == null ? null
                : new EnumResolver(SipServerLocator.create(config.sip().dns()).source());
        Interconnect interconnect = new Interconnect(config.sip().domain(), config.thig().exit(), sip.headers(),
                sip.addresses());
        OdiTable odis = new OdiTable(ODI_LIFETIME_MS);
        AsInvoker invoker = new AsInvoker(sip, forwarder, odis, timers, config.isc(), context.metrics());
        SessionRouter sessions = SessionRouter.create(sip, forwarder, registrar, enumResolver, interconnect, sar,
                invoker, odis, trust, context.metrics());
        sip.start(new ScscfListener(sip, register, notifier, sessions, forwarder, thirdParty));
        timers.scheduleWithFixedDelay(() -> {
            try {
                long now = System.currentTimeMillis();
                odis.purge(now);
                deregistrations.expire(now);
                notifier.expire(now);
                challenges.purge(now);
            } catch (RuntimeException e) {
                LOG.error("timer task failed", e);
            }
        }, 1, 1, TimeUnit.SECONDS);
        LOG.info("S-CSCF {} serving as {}", context.name(), config.serverName());
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
        if (timers != null) {
            timers.shutdownNow();
        }
        if (sip != null) {
            sip.stop();
        }
        if (diameter != null) {
            diameter.stop();
        }
    }

    /** The location service (for in-process tests). */
    public Registrar registrar() {
        return registrar;
    }
}
