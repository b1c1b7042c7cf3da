package org.imstb.common.sip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SipPortsTest {

    @Test
    void choosesBelowTheEphemeralRangeWhenThereIsRoom() {
        assertArrayEquals(new int[] {10_000, 32_767}, SipPorts.candidates(new int[] {32_768, 60_999}));
    }

    @Test
    void choosesAboveTheEphemeralRangeWhenItStartsLow() {
        assertArrayEquals(new int[] {50_001, 65_535}, SipPorts.candidates(new int[] {1_024, 50_000}));
    }

    @Test
    void portsAreOutsideTheEphemeralRangeDistinctAndBindableForTcpAndUdp() throws Exception {
        int[] ephemeral = SipPorts.ephemeralRange();
        InetAddress lo = InetAddress.getByName("::1");
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            int port = SipPorts.free("::1");
            assertTrue(port < ephemeral[0] || port > ephemeral[1], port + " is in the ephemeral range");
            assertTrue(seen.add(port), "handed out twice: " + port);
            try (ServerSocket tcp = new ServerSocket(port, 1, lo);
                    DatagramSocket udp = new DatagramSocket(new InetSocketAddress(lo, port))) {
                assertEquals(port, tcp.getLocalPort());
                assertEquals(port, udp.getLocalPort());
            }
        }
    }
}
