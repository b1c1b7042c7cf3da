package org.imstb.hss.sh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.imstb.common.cx.CxClient;
import org.imstb.common.diameter.dict.DiameterResult;
import org.imstb.common.diameter.stack.DiameterConfig;
import org.imstb.common.diameter.stack.DiameterStack;
import org.imstb.common.diameter.stack.PeerConfig;
import org.imstb.common.node.Metrics;
import org.imstb.common.node.NodeContext;
import org.imstb.common.sh.PushNotificationRequest;
import org.imstb.common.sh.PushNotifications;
import org.imstb.common.sh.ShClient;
import org.imstb.common.trace.MessageObserver;
import org.imstb.hss.HssConfig;
import org.imstb.hss.HssNode;
import org.imstb.hss.store.Fixtures;

/**
 * A real HSS (in this JVM, H2 file database in {@code dir}, Diameter over TCP on ::1) and two real jDiameter client
 * stacks connected to it: {@code as.domain1.test}, allowed to use Sh, which also speaks Cx (to drive registrations
 * with SAR) and receives PNRs into {@link #pushed}; and {@code intruder.domain1.test}, a Diameter peer of the HSS that
 * is not in {@code sh.allowedPeers}.
 */
final class ShLab implements AutoCloseable {
    static final String REALM = "domain1.test";
    static final String HSS = "hss.domain1.test";
    static final String AS = "as.domain1.test";
    static final String INTRUDER = "intruder.domain1.test";
    static final int MAX_SERVICE_DATA = 4096;

    /** The ports of one lab; the same ones are used again after a restart. */
    record Ports(int hss, int as, int intruder) {
    }

    final HssNode hss;
    final DiameterStack asStack;
    final DiameterStack intruderStack;
    final ShClient sh;
    final CxClient cx;
    final ShClient intruder;
    final BlockingQueue<PushNotificationRequest> pushed = new LinkedBlockingQueue<>();

    private ShLab(Path dir, Ports ports) throws Exception {
        DiameterConfig d = new DiameterConfig(HSS, REALM, "::1", ports.hss(),
                List.of(new PeerConfig(AS, ports.as(), REALM, false),
                        new PeerConfig(INTRUDER, ports.intruder(), REALM, false)), false, 30, 3000, 4);
        HssConfig config = new HssConfig(null, null, d, new HssConfig.StoreConfig(Fixtures.url(dir), null, null), List.of(),
                null, new HssConfig.ShConfig(List.of(AS), MAX_SERVICE_DATA));
        hss = new HssNode(new NodeContext("hss1", "hss", dir, MessageObserver.NONE, new Metrics()), config);
        hss.start();
        asStack = client(AS, ports.as(), ports.hss());
        sh = new ShClient(asStack);
        cx = new CxClient(asStack);
        PushNotifications.receive(asStack, pnr -> {
            pushed.add(pnr);
            return DiameterResult.SUCCESS;
        });
        intruderStack = client(INTRUDER, ports.intruder(), ports.hss());
        intruder = new ShClient(intruderStack);
        asStack.start();
        intruderStack.start();
        awaitReady(asStack);
        awaitReady(intruderStack);
    }

    /** Starts the HSS on the store in {@code dir} (provisioned by the caller) and connects both clients. */
    static ShLab start(Path dir, Ports ports) throws Exception {
        return new ShLab(dir, ports);
    }

    private static DiameterStack client(String host, int port, int hssPort) {
        return new DiameterStack(new DiameterConfig(host, REALM, "::1", port,
                List.of(new PeerConfig(HSS, hssPort, REALM, true)), false, 30, 3000, 4), host, MessageObserver.NONE,
                new Metrics());
    }

    private static void awaitReady(DiameterStack s) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!s.readiness().ready() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!s.readiness().ready()) {
            throw new IllegalStateException("client not connected: " + s.readiness().detail());
        }
    }

    /** The next PNR the AS received, waiting up to 5 s; null if none came. */
    PushNotificationRequest nextPush() throws InterruptedException {
        return pushed.poll(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        asStack.stop();
        intruderStack.stop();
        hss.stop();
    }
}
