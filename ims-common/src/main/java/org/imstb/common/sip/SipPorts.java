package org.imstb.common.sip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses listening ports for nodes whose configuration leaves the port open (port 0), before they bind.
 *
 * <p>Ports come from outside the kernel's ephemeral range ({@code net.ipv4.ip_local_port_range}): a port the
 * kernel handed out for {@code bind(0)} is also a candidate for the source port of any outgoing connection, so
 * between choosing it and binding it another process's Diameter or SIP client could take it (this happened in CI).
 * A port is handed out at most once per JVM, and only when it is free for both TCP and UDP.
 */
public final class SipPorts {
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private SipPorts() {
    }

    /** A port number currently free for TCP and UDP on {@code address}, outside the ephemeral range. */
    public static int free(String address) {
        InetAddress a;
        try {
            a = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] range = candidates(ephemeralRange());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = range[0] + random.nextInt(range[1] - range[0] + 1);
            if (HANDED_OUT.add(port)) {
                if (freeForBoth(a, port)) {
                    return port;
                }
                HANDED_OUT.remove(port);
            }
        }
        throw new IllegalStateException("no port free for both TCP and UDP on " + address + " in "
                + range[0] + "-" + range[1]);
    }

    /** The lowest and highest port to choose from, given the ephemeral range {@code [low, high]}. */
    static int[] candidates(int[] ephemeral) {
        if (ephemeral[0] - LOWEST >= 2_000) {
            return new int[] {LOWEST, ephemeral[0] - 1};
        }
        if (65_535 - ephemeral[1] >= 2_000) {
            return new int[] {ephemeral[1] + 1, 65_535};
        }
        return new int[] {LOWEST, 65_535};
    }

    static int[] ephemeralRange() {
        try {
            String[] parts = Files.readString(EPHEMERAL_RANGE).trim().split("\\s+");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException | RuntimeException unreadable) {
            return new int[] {32_768, 60_999}; // the Linux default
        }
    }

    private static boolean freeForBoth(InetAddress a, int port) {
        try (ServerSocket tcp = new ServerSocket()) {
            tcp.bind(new InetSocketAddress(a, port), 1);
            new DatagramSocket(new InetSocketAddress(a, port)).close();
            return true;
        } catch (IOException busy) {
            return false;
        }
    }
}
