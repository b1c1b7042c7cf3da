package org.imstb.hss;

import com.sun.net.httpserver.HttpHandler;
import java.nio.file.Path;
import java.util.Map;
import org.imstb.common.cx.CxClient;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.node.Node;
import org.imstb.common.node.NodeContext;
import org.imstb.common.node.Readiness;
import org.imstb.common.sh.ShClient;
import org.imstb.hss.cx.HssCx;
import org.imstb.hss.cx.LirHandler;
import org.imstb.hss.cx.MarHandler;
import org.imstb.hss.cx.NetworkInitiated;
import org.imstb.hss.cx.SarHandler;
import org.imstb.hss.cx.UarHandler;
import org.imstb.hss.provisioning.Provisioner;
import org.imstb.hss.sh.HssSh;
import org.imstb.hss.sh.PurHandler;
import org.imstb.hss.sh.PushNotifier;
import org.imstb.hss.sh.SnrHandler;
import org.imstb.hss.sh.UdrHandler;
import org.imstb.hss.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HSS: a Cx server (S-CSCF, I-CSCF) and an Sh server (application servers) over the H2 subscriber store. The
 * stack serves both applications, so its CER/CEA advertise Cx and Sh: an AS that supports only Sh has an application
 * in common with the HSS.
 */
public final class HssNode implements Node {
    private static final Logger LOG = LoggerFactory.getLogger(HssNode.class);

    private final NodeContext context;
    private final HssConfig config;
    private SubscriberStore store;
    private DiameterStack diameter;
    private volatile NetworkInitiated networkInitiated;
    private PushNotifier notifier;

    public HssNode(NodeContext context, HssConfig config) {
        this.context = context;
        this.config = config;
    }

    /** The JDBC URL used: the configured one, or an H2 file database in the run directory. */
    public static String jdbcUrl(HssConfig config, Path runDir, String nodeName) {
        if (config.store().jdbcUrl() != null) {
            return config.store().jdbcUrl();
        }
        return SubscriberStore.fileUrl(runDir.resolve(nodeName + "-db"));
    }

    @Override
    public void start() throws Exception {
        store = SubscriberStore.open(jdbcUrl(config, context.runDir(), context.name()), "sa", "",
                config.store().cacheEntries());
        for (String file : config.provision()) {
            Path p = context.runDir().resolve(file);
            int n = Provisioner.importFile(store, p);
            LOG.info("provisioned {} subscription(s) from {}", n, p);
        }
        if (config.store().preload()) {
            long t0 = System.nanoTime();
            int n = store.preload();
            LOG.info("preloaded {} public identities into memory in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
        }
        context.metrics().gauge("imstb_hss_subscriptions", "provisioned subscriptions", () -> store.count());
        HssCx cx = new HssCx(store, config.cx(), config.diameter().realm());
        diameter = new DiameterStack(config.diameter(), context.name(), context.observer(), context.metrics())
                .serve(Application.CX, Command.UAR, new UarHandler(cx))
                .serve(Application.CX, Command.MAR, new MarHandler(cx))
                .serve(Application.CX, Command.SAR, new SarHandler(cx))
                .serve(Application.CX, Command.LIR, new LirHandler(cx));
        networkInitiated = new NetworkInitiated(store, new CxClient(diameter), config.diameter().realm());
        HssSh sh = new HssSh(store, config.sh());
        notifier = new PushNotifier(sh, new ShClient(diameter));
        diameter.serve(Application.SH, Command.UDR, new UdrHandler(sh))
                .serve(Application.SH, Command.PUR, new PurHandler(sh, notifier))
                .serve(Application.SH, Command.SNR, new SnrHandler(sh));
        store.setRegistrationListener(notifier);
        diameter.start();
    }

    @Override
    public Map<String, HttpHandler> managementHandlers() {
        return AdminEndpoints.of(() -> {
            if (networkInitiated == null) {
                throw new IllegalStateException("the HSS is not started");
            }
            return networkInitiated;
        });
    }

    @Override
    public Readiness readiness() {
        Readiness db = store == null ? Readiness.notReady("store: not open") : Readiness.ok("store: open");
        return diameter == null ? db.and(Readiness.notReady("diameter: not started")) : db.and(diameter.readiness());
    }

    @Override
    public void stop() {
        if (store != null) {
            store.setRegistrationListener(null);
        }
        if (notifier != null) {
            notifier.close();
        }
        if (diameter != null) {
            diameter.stop();
        }
        if (store != null) {
            store.close();
            LOG.info("subscriber store closed");
        }
    }

    /** The store (for in-process tests and benchmarks). */
    public SubscriberStore store() {
        return store;
    }
}
