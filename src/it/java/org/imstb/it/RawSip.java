package org.imstb.it;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Hand-written SIP over UDP for bad-input tests: sends one request from a socket of its own and returns the first
 * final response's text (or null on timeout). {@code $PORT} in the text is replaced by the socket's port.
 */
final class RawSip implements AutoCloseable {
    private final DatagramSocket socket;

    RawSip() throws Exception {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0));
        socket.setSoTimeout(8000);
    }

    int port() {
        return socket.getLocalPort();
    }

    String exchange(int port, String message) throws Exception {
        byte[] out = message.replace("$PORT", Integer.toString(port())).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(out, out.length, InetAddress.getByName("::1"), port));
        byte[] buf = new byte[65535];
        try {
            while (true) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                if (!text.startsWith("SIP/2.0 1")) {
                    return text;
                }
            }
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** The status code of a response text. */
    static int status(String response) {
        return response == null ? 0 : Integer.parseInt(response.substring(8, 11));
    }

    @Override
    public void close() {
        socket.close();
    }
}
