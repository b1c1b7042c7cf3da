package org.imstb.common.testing;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.function.Consumer;
import org.imstb.common.diameter.codec.AvpWriter;
import org.imstb.common.diameter.dict.Application;
import org.imstb.common.diameter.dict.Avps;
import org.imstb.common.diameter.dict.Command;
import org.imstb.common.diameter.dict.Vendors;
import org.jdiameter.client.api.IMessage;
import org.jdiameter.client.impl.parser.MessageParser;

/**
 * A Diameter peer on a plain socket, for tests that need to send what a stack would never send: messages are built
 * with jDiameter's parser and our {@link AvpWriter}, encoded to bytes that a test may corrupt, and answers are read
 * back and decoded.
 */
public final class RawDiameterPeer implements AutoCloseable {
    private static final MessageParser PARSER = new MessageParser();
    private static int hopByHop = 0x1000;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private String identity;
    private String realm;

    private RawDiameterPeer(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects to {@code [::1]:port}; reads time out after {@code timeout}. */
    public static RawDiameterPeer connect(int port, Duration timeout) throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(InetAddress.getByName("::1"), port), (int) timeout.toMillis());
        s.setSoTimeout((int) timeout.toMillis());
        return new RawDiameterPeer(s);
    }

    /** A request with a fresh hop-by-hop id, the R bit and (if {@code proxiable}) the P bit; {@code avps} writes the AVPs. */
    public static IMessage request(int commandCode, long applicationId, boolean proxiable, Consumer<AvpWriter> avps) {
        IMessage m = PARSER.createEmptyMessage(commandCode, applicationId);
        m.setRequest(true);
        m.setProxiable(proxiable);
        m.setHopByHopIdentifier(nextHopByHop());
        avps.accept(new AvpWriter(m.getAvps()));
        return m;
    }

    /** A CER from {@code host} of {@code realm} advertising {@code apps} (Vendor-Specific-Application-Id for 3GPP). */
    public static IMessage cer(String host, String realm, Application... apps) {
        return request(Command.CER.code(), 0, false, w -> {
            w.text(Avps.ORIGIN_HOST, host).text(Avps.ORIGIN_REALM, realm)
                    .octets(Avps.HOST_IP_ADDRESS, new byte[] {0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1})
                    .u32(Avps.VENDOR_ID, Vendors.TGPP).text(Avps.PRODUCT_NAME, "raw-test-peer");
            for (Application a : apps) {
                long vendor = a.applicationId().getVendorId();
                if (vendor != 0) {
                    w.u32(Avps.SUPPORTED_VENDOR_ID, vendor);
                    w.group(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.u32(Avps.VENDOR_ID, vendor)
                            .u32(Avps.AUTH_APPLICATION_ID, a.id()));
                } else {
                    w.u32(Avps.AUTH_APPLICATION_ID, a.id());
                }
            }
        });
    }

    /** A CER that advertises only the application with Auth-Application-Id {@code authAppId}. */
    public static IMessage cer(String host, String realm, long authAppId) {
        return request(Command.CER.code(), 0, false, w -> w.text(Avps.ORIGIN_HOST, host)
                .text(Avps.ORIGIN_REALM, realm)
                .octets(Avps.HOST_IP_ADDRESS, new byte[] {0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1})
                .u32(Avps.VENDOR_ID, 0L).text(Avps.PRODUCT_NAME, "raw-test-peer")
                .u32(Avps.AUTH_APPLICATION_ID, authAppId));
    }

    private static synchronized long nextHopByHop() {
        return ++hopByHop;
    }

    /** The message on the wire. */
    public static byte[] encode(IMessage m) {
        try {
            ByteBuffer b = PARSER.encodeMessage(m);
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void send(IMessage m) throws IOException {
        send(encode(m));
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** The next message; {@link EOFException} if the peer closed the connection first. */
    public IMessage receive() throws IOException {
        DataInputStream d = new DataInputStream(in);
        byte[] head = new byte[4];
        d.readFully(head);
        int length = ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        byte[] m = new byte[length];
        System.arraycopy(head, 0, m, 0, 4);
        d.readFully(m, 4, length - 4);
        try {
            return PARSER.createMessage(ByteBuffer.wrap(m));
        } catch (Exception e) {
            throw new IOException("undecodable answer", e);
        }
    }

    /** Receives until a message that is not a DWR (answering DWRs would need a CEA'd peer; tests are short). */
    public IMessage receiveSkippingWatchdogs() throws IOException {
        while (true) {
            IMessage m = receive();
            if (!(m.isRequest() && m.getCommandCode() == Command.DWR.code())) {
                return m;
            }
        }
    }

    /**
     * True if the peer closes the connection cleanly (EOF) within the read timeout with nothing more to read, false
     * if it stays open; a reset throws.
     */
    public boolean closedByPeer() throws IOException {
        try {
            int b = in.read();
            if (b >= 0) {
                throw new IOException("expected the end of the stream, got more data");
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /**
     * Sends {@code cer} and returns the CEA. If it is a success, {@link #close()} later disconnects with DPR/DPA as a
     * peer should (a jDiameter peer closed right after its CEA can stay OKAY until its watchdog notices).
     */
    public IMessage capabilitiesExchange(IMessage cer) throws Exception {
        send(cer);
        IMessage cea = receive();
        var rc = cea.getAvps().getAvp(Avps.RESULT_CODE.code());
        if (rc != null && rc.getUnsigned32() == 2001) {
            identity = cer.getAvps().getAvp(Avps.ORIGIN_HOST.code()).getDiameterIdentity();
            realm = cer.getAvps().getAvp(Avps.ORIGIN_REALM.code()).getDiameterIdentity();
        }
        return cea;
    }

    /** Sends DPR (Disconnect-Cause DO_NOT_WANT_TO_TALK_TO_YOU) and reads until the DPA; true if it came. */
    public boolean disconnectPeer() throws IOException {
        send(request(Command.DPR.code(), 0, false, w -> w.text(Avps.ORIGIN_HOST, identity)
                .text(Avps.ORIGIN_REALM, realm).enumerated(Avps.DISCONNECT_CAUSE, 2)));
        while (true) {
            IMessage m = receive();
            if (!m.isRequest() && m.getCommandCode() == Command.DPR.code()) {
                identity = null;
                return true;
            }
        }
    }

    /** Disconnects with DPR/DPA after a successful capabilities exchange (best effort), then closes the socket. */
    @Override
    public void close() throws IOException {
        try {
            if (identity != null && !socket.isClosed()) {
                disconnectPeer();
            }
        } catch (IOException e) {
            // the peer may have closed already
        } finally {
            socket.close();
        }
    }
}
