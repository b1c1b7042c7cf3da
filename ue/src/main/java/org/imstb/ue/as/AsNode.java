package org.imstb.ue.as;

import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.sip.proxy.Forwarder;
import org.imstb.ue.as.b2bua.B2buaService;
import org.imstb.ue.as.sh.ShAccess;
import org.imstb.ue.as.thirdparty.ThirdPartyService;
import org.imstb.ue.as.voicemail.VoicemailService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example application server: one SIP endpoint (ISC, without dialog support: it proxies as well as acting as UA)
 * and its services; with {@code diameter} configured, also an Sh client towards the HSS ({@link ShAccess}) that the
 * thirdparty and voicemail services use. Ready when SIP listens and, with Sh, the HSS peer is connected. Metrics besides the request counters: {@code imstb_as_voicemail_messages}
 * (messages kept), {@code imstb_as_b2bua_calls} (calls in progress), {@code imstb_as_registered_users} (third-party
 * registrations).
 */
public final class AsNode implements Node {
    private static final Logger LOG = LoggerFactory.getLogger(AsNode.class);

    private final NodeContext context;
    private final AsConfig config;
    private SipEndpoint sip;
    private DiameterStack diameter;
    private ShAccess sh;
    private ScheduledExecutorService timers;
    private Map<String, Service> services = Map.of();

    public AsNode(NodeContext context, AsConfig config) {
        this.context = context;
        this.config = config;
    }

    @Override
    public void start() throws Exception {
        sip = new SipEndpoint(config.sip(), context.name(), context.observer(), false);
        SipEndpoint.parserMetrics(context.metrics());
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, context.name() + "-timers");
            t.setDaemon(true);
            return t;
        });
        Forwarder forwarder = new Forwarder(sip);
        if (config.diameter() != null) {
            diameter = new DiameterStack(config.diameter(), context.name(), context.observer(), context.metrics());
            sh = ShAccess.create(diameter, config.shDestination(), context.name(), context.metrics());
        }
        services = Services.create(config.services(), new AsContext(context.name(), sip, forwarder,
                context.metrics(), timers, sh));
        describe(context.metrics());
        context.metrics().gauge("imstb_as_voicemail_messages", "MESSAGEs kept by the voicemail services",
                () -> sum(VoicemailService.class, v -> v.mailbox().count()));
        context.metrics().gauge("imstb_as_b2bua_calls", "calls in progress through the B2BUA services",
                () -> sum(B2buaService.class, B2buaService::calls));
        context.metrics().gauge("imstb_as_registered_users", "users registered by third-party REGISTER",
                () -> sum(ThirdPartyService.class, t -> t.registrations().size()));
        if (diameter != null) {
            diameter.start();
        }
        sip.start(new AsListener(sip, services, forwarder, context.metrics()));
        LOG.info("{}: services {}{}", context.name(), config.services().entrySet().stream()
                .map(e -> e.getKey() + " (" + Services.type(e.getValue()) + ")").collect(Collectors.joining(", ")),
                sh == null ? "; no Sh" : "; Sh to " + (sh.hss().host() == null ? "" : sh.hss().host() + " in ")
                        + sh.hss().realm());
    }

    private static void describe(org.imstb.common.node.Metrics m) {
        m.describe("imstb_as_requests_total", "requests by service and method");
        m.describe("imstb_as_unknown_service_total", "requests for a service this AS does not have (404)");
        m.describe("imstb_as_proxy_forwarded_total", "initial requests forwarded by the proxy services");
        m.describe("imstb_as_redirected_total", "requests redirected (302)");
        m.describe("imstb_as_voicemail_calls_total", "calls the voicemail services answered");
        m.describe("imstb_as_voicemail_messages_total", "MESSAGEs the voicemail services received");
        m.describe("imstb_as_b2bua_calls_total", "calls set up through the B2BUA services");
        m.describe("imstb_as_b2bua_transactions_total", "requests outside a dialog relayed by the B2BUA services");
        m.describe("imstb_as_third_party_registers_total", "third-party REGISTERs by kind");
        m.describe("imstb_as_welcome_total", "welcome MESSAGEs sent, by final status");
    }

    private <T extends Service> double sum(Class<T> type, ToIntFunction<T> count) {
        return services.values().stream().filter(type::isInstance).map(type::cast).mapToInt(count).sum();
    }

    @Override
    public Readiness readiness() {
        if (sip == null) {
            return Readiness.notReady("not started");
        }
        return diameter == null ? sip.readiness() : sip.readiness().and(diameter.readiness());
    }

    @Override
    public void stop() {
        for (Service s : services.values()) {
            try {
                s.stop();
            } catch (RuntimeException e) {
                LOG.warn("{}: stopping service {}: {}", context.name(), s.name(), e.toString());
            }
        }
        if (timers != null) {
            timers.shutdownNow();
        }
        if (sip != null) {
            sip.stop();
        }
        if (sh != null) {
            sh.close();
        }
        if (diameter != null) {
            diameter.stop();
        }
    }

    /** The SIP endpoint (its port once started). */
    public SipEndpoint sip() {
        return sip;
    }

    /** Sh towards the HSS, when {@code diameter} is configured and the node started. */
    public java.util.Optional<ShAccess> sh() {
        return java.util.Optional.ofNullable(sh);
    }

    /** The service called {@code name} as {@code type} (for in-process tests and tools). */
    public <T extends Service> T service(String name, Class<T> type) {
        Service s = services.get(name);
        if (!type.isInstance(s)) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " called " + name);
        }
        return type.cast(s);
    }
}
