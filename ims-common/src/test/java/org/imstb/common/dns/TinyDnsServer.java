package org.imstb.common.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.Zone;

/** A minimal authoritative server over one dnsjava zone on [::1], UDP and TCP, for client tests only. */
final class TinyDnsServer implements AutoCloseable {
    private final Zone zone;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    final AtomicInteger queries = new AtomicInteger();

    TinyDnsServer(String origin, String zoneText) throws IOException {
        java.util.List<Record> records = new java.util.ArrayList<>();
        try (org.xbill.DNS.Master m = new org.xbill.DNS.Master(new java.io.ByteArrayInputStream(
                zoneText.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Name.fromString(origin))) {
            for (Record r = m.nextRecord(); r != null; r = m.nextRecord()) {
                records.add(r);
            }
        }
        zone = new Zone(Name.fromString(origin), records.toArray(new Record[0]));
        InetAddress lo = InetAddress.getByName("::1");
        udp = new DatagramSocket(new InetSocketAddress(lo, 0));
        tcp = new ServerSocket(udp.getLocalPort(), 8, lo);
        daemon(this::serveUdp, "tiny-dns-udp");
        daemon(this::serveTcp, "tiny-dns-tcp");
    }

    int port() {
        return udp.getLocalPort();
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private void serveUdp() {
        byte[] buf = new byte[4096];
        while (!udp.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                udp.receive(p);
                byte[] out = answer(java.util.Arrays.copyOf(p.getData(), p.getLength())).toWire(512);
                udp.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Each connection in its own thread, answering queries until the client closes (dnsjava reuses connections). */
    private void serveTcp() {
        while (!tcp.isClosed()) {
            try {
                Socket s = tcp.accept();
                daemon(() -> serveConnection(s), "tiny-dns-tcp-conn");
            } catch (IOException e) {
                if (tcp.isClosed()) {
                    return;
                }
            }
        }
    }

    private void serveConnection(Socket s) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            DataOutputStream o = new DataOutputStream(s.getOutputStream());
            while (true) {
                byte[] q = new byte[in.readUnsignedShort()];
                in.readFully(q);
                byte[] out = answer(q).toWire();
                o.writeShort(out.length);
                o.write(out);
                o.flush();
            }
        } catch (IOException closed) {
            // the client closed the connection (EOF) or the server stopped
        }
    }

    private Message answer(byte[] wire) throws IOException {
        queries.incrementAndGet();
        Message q = new Message(wire);
        Message r = new Message(q.getHeader().getID());
        r.getHeader().setFlag(Flags.QR);
        r.getHeader().setFlag(Flags.AA);
        Record question = q.getQuestion();
        r.addRecord(question, Section.QUESTION);
        SetResponse sr = zone.findRecords(question.getName(), question.getType());
        if (sr.isSuccessful()) {
            for (RRset set : sr.answers()) {
                set.rrs().forEach(x -> r.addRecord(x, Section.ANSWER));
            }
        } else {
            if (sr.isNXDOMAIN()) {
                r.getHeader().setRcode(Rcode.NXDOMAIN);
            }
            r.addRecord(zone.getSOA(), Section.AUTHORITY);
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        udp.close();
        tcp.close();
    }
}
