package org.imstb.dnsdhcp.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DNS over TCP (RFC 1035 §4.2.2, RFC 7766): two-octet length prefix, several queries per connection, connections idle
 * for {@value #IDLE_MS} ms closed, at most {@value #MAX_CONNECTIONS} at once (more are closed at once).
 */
public final class TcpDnsServer implements AutoCloseable {
    static final int IDLE_MS = 10_000;
    static final int MAX_CONNECTIONS = 32;
    private static final Logger LOG = LoggerFactory.getLogger(TcpDnsServer.class);

    private final ServerSocket server;
    private final DnsResponder responder;
    private final ExecutorService workers;
    private final Thread acceptor;

    public TcpDnsServer(InetSocketAddress bind, DnsResponder responder) throws IOException {
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(bind, 64);
        this.responder = responder;
        this.workers = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "dns-tcp");
                    t.setDaemon(true);
                    return t;
                });
        this.acceptor = new Thread(this::accept, "dns-tcp-accept");
        acceptor.setDaemon(true);
    }

    public TcpDnsServer start() {
        acceptor.start();
        return this;
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("DNS TCP accept failed: {}", e.toString());
                }
                continue;
            }
            try {
                workers.execute(() -> serve(s));
            } catch (RejectedExecutionException e) {
                LOG.debug("DNS TCP: too many connections, closing {}", s.getRemoteSocketAddress());
                closeQuietly(s);
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(IDLE_MS);
            DataInputStream in = new DataInputStream(s.getInputStream());
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            while (true) {
                int length = in.readUnsignedShort();
                byte[] query = new byte[length];
                in.readFully(query);
                byte[] answer = responder.respond(query, length, DnsResponder.Transport.TCP);
                if (answer == null) {
                    return;
                }
                out.writeShort(answer.length);
                out.write(answer);
                out.flush();
            }
        } catch (EOFException | SocketTimeoutException e) {
            // client done or idle
        } catch (IOException e) {
            LOG.debug("DNS TCP connection {}: {}", s.getRemoteSocketAddress(), e.toString());
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        workers.shutdownNow();
    }
}
