package org.imstb.common.diameter.stack.tcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdiameter.client.api.parser.IMessageParser;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;
import org.jdiameter.server.api.IMetaData;
import org.jdiameter.server.api.io.INetworkConnectionListener;
import org.jdiameter.server.api.io.INetworkGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * jDiameter's NetworkGuard extension: accepts Diameter connections (one listening socket per local address, TCP_NODELAY
 * on each accepted socket) as {@link AcceptedConnection}s, which admit the peer on its CER and check every message's
 * lengths, and hands each admitted connection to jDiameter. Replaces jDiameter's NetworkGuard, which can neither set
 * TCP_NODELAY nor answer a refused CER.
 */
public final class AdmittingNetworkGuard implements INetworkGuard {
    private static final Logger LOG = LoggerFactory.getLogger(AdmittingNetworkGuard.class);

    private final List<INetworkConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ServerSocketChannel> servers = new ArrayList<>();
    private final IMetaData metaData;
    private final IMessageParser parser;
    private final TransportObserver observer;
    private volatile PeerAdmission admission;
    private volatile boolean running = true;

    /** The constructor jDiameter calls (by reflection). */
    public AdmittingNetworkGuard(InetAddress[] addresses, int port, IConcurrentFactory concurrentFactory,
            IMessageParser parser, IMetaData metaData) throws IOException {
        this.metaData = metaData;
        this.parser = parser;
        this.observer = TransportObserver.of(metaData.getLocalPeer().getUri().getFQDN(), port);
        try {
            for (InetAddress a : addresses) {
                ServerSocketChannel ssc = ServerSocketChannel.open();
                ssc.setOption(StandardSocketOptions.SO_REUSEADDR, true);
                ssc.bind(new InetSocketAddress(a, port), 64);
                servers.add(ssc);
                Thread t = new Thread(() -> acceptLoop(ssc), "diameter-accept-" + a.getHostAddress() + "-" + port);
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException e) {
            destroy();
            throw e;
        }
    }

    private void acceptLoop(ServerSocketChannel ssc) {
        while (running) {
            try {
                SocketChannel ch = ssc.accept();
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
                LOG.debug("accepted Diameter connection from {}", ch.getRemoteAddress());
                new AcceptedConnection(ch, parser, admission(), observer, this::handOver).start();
            } catch (ClosedChannelException e) {
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warn("accepting a Diameter connection failed: {}", e.toString());
                }
            }
        }
    }

    /** Read from jDiameter's configuration when the first peer connects (the local peer is complete by then). */
    private PeerAdmission admission() {
        PeerAdmission a = admission;
        if (a == null) {
            a = PeerAdmission.of(metaData);
            admission = a;
        }
        return a;
    }

    /** An admitted connection goes to jDiameter's peer table, which registers its listener on it. */
    private void handOver(AcceptedConnection c) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        try {
            while (listeners.isEmpty() && running && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (listeners.isEmpty()) {
            LOG.warn("no jDiameter listener for {}; closing it", c);
            c.release();
            return;
        }
        for (INetworkConnectionListener l : listeners) {
            l.newNetworkConnection(c);
        }
    }

    @Override
    public void addListener(INetworkConnectionListener listener) {
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void remListener(INetworkConnectionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void destroy() {
        running = false;
        for (ServerSocketChannel s : servers) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.debug("closing {}", s, e);
            }
        }
    }
}
