package org.imstb.common.diameter.stack.tcp;

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import org.jdiameter.api.Configuration;
import org.jdiameter.client.api.io.IConnectionListener;
import org.jdiameter.client.api.io.TransportError;
import org.jdiameter.client.api.io.TransportException;
import org.jdiameter.client.api.parser.IMessageParser;
import org.jdiameter.client.impl.transport.tcp.TCPClientConnection;
import org.jdiameter.client.impl.transport.tcp.TCPTransportClient;
import org.jdiameter.common.api.concurrent.IConcurrentFactory;

/**
 * jDiameter's TCP connection for connections we open, with TCP_NODELAY set once connected. jDiameter keeps the
 * socket channel in a protected field of its transport client and offers no socket-option hook, so this one class
 * reads that field (jDiameter is pinned to 1.6.0.FINAL; a test fails if the field disappears).
 */
public class NoDelayConnection extends TCPClientConnection {
    private static final Field CHANNEL = channelField();

    public NoDelayConnection(Configuration config, IConcurrentFactory concurrentFactory, InetAddress remoteAddress,
            int remotePort, InetAddress localAddress, int localPort, IMessageParser parser, String ref) {
        super(config, concurrentFactory, remoteAddress, remotePort, localAddress, localPort, parser, ref);
    }

    public NoDelayConnection(Configuration config, IConcurrentFactory concurrentFactory, InetAddress remoteAddress,
            int remotePort, InetAddress localAddress, int localPort, IConnectionListener listener,
            IMessageParser parser, String ref) {
        super(config, concurrentFactory, remoteAddress, remotePort, localAddress, localPort, listener, parser, ref);
    }

    @Override
    public void connect() throws TransportException {
        super.connect();
        try {
            SocketChannel ch = (SocketChannel) CHANNEL.get(getClient());
            if (ch != null) {
                ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new TransportException("cannot set TCP_NODELAY", TransportError.Internal, e);
        }
    }

    /** True when the socket of this connection has TCP_NODELAY (for tests). */
    public boolean noDelay() throws ReflectiveOperationException, java.io.IOException {
        SocketChannel ch = (SocketChannel) CHANNEL.get(getClient());
        return ch != null && ch.getOption(StandardSocketOptions.TCP_NODELAY);
    }

    static Field channelField() {
        try {
            Field f = TCPTransportClient.class.getDeclaredField("socketChannel");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("jDiameter's TCPTransportClient has no socketChannel field: "
                    + "not the pinned jDiameter 1.6.0.FINAL?", e);
        }
    }
}
