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
import org.jdiameter.client.api.io.IConnection;
import org.jdiameter.client.api.parser.IMessageParser;
import org.jdiameter.client.impl.transport.tcp.TCPClientConnection;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;
import org.jdiameter.server.api.IMetaData;
import org.jdiameter.server.api.io.INetworkConnectionListener;
import org.jdiameter.server.api.io.INetworkGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts Diameter connections (one listening socket per local address) and hands each to jDiameter as its usual TCP
 * connection, with TCP_NODELAY set on the accepted socket. Replaces jDiameter's NetworkGuard, which cannot set it.
 */
public final class NoDelayNetworkGuard implements INetworkGuard {
    private static final Logger LOG = LoggerFactory.getLogger(NoDelayNetworkGuard.class);

    private final List<INetworkConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ServerSocketChannel> servers = new ArrayList<>();
    private final IMetaData metaData;
    private final IConcurrentFactory concurrentFactory;
    private final IMessageParser parser;
    private volatile boolean running = true;

    public NoDelayNetworkGuard(InetAddress[] addresses, int port, IConcurrentFactory concurrentFactory,
            IMessageParser parser, IMetaData metaData) throws IOException {
        this.metaData = metaData;
        this.concurrentFactory = concurrentFactory;
        this.parser = parser;
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
                IConnection c = new TCPClientConnection(metaData.getConfiguration(), concurrentFactory, ch.socket(),
                        parser, null);
                LOG.debug("accepted Diameter connection from {}", ch.getRemoteAddress());
                for (INetworkConnectionListener l : listeners) {
                    l.newNetworkConnection(c);
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warn("accepting a Diameter connection failed: {}", e.toString());
                }
            }
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
