package org.imstb.dnsdhcp.dhcp.codec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.imstb.common.util.Hex;

/** DHCP Unique Identifiers (RFC 8415 §11). */
public final class Duid {
    /** DUID-LL type (§11.4). */
    public static final int LL = 3;
    private static final int ETHERNET = 1;

    private Duid() {
    }

    /** DUID-LL for an Ethernet (hardware type 1) link-layer address. */
    public static byte[] linkLayer(byte[] mac) {
        byte[] d = new byte[4 + mac.length];
        d[1] = LL;
        d[3] = ETHERNET;
        System.arraycopy(mac, 0, d, 4, mac.length);
        return d;
    }

    /**
     * A stable DUID-LL for a node without a usable link-layer address: a locally administered MAC made from a
     * hash of {@code seed} (e.g. the node name).
     */
    public static byte[] fromSeed(String seed) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            byte[] mac = new byte[6];
            System.arraycopy(h, 0, mac, 0, 6);
            mac[0] = (byte) ((mac[0] & 0xFC) | 0x02);
            return linkLayer(mac);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** Lower-case hex of a DUID (the lease key and how the configuration writes one). */
    public static String hex(byte[] duid) {
        return Hex.format(duid);
    }

    /** Hex (colons allowed) to bytes. */
    public static byte[] parseHex(String hex) {
        return Hex.parse(hex.replace(":", ""));
    }
}
