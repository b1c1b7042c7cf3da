package org.imstb.common.trace.hep;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import org.imstb.common.config.FieldErrors;
import org.imstb.common.config.Validatable;

/**
 * Export of a node's trace records to a HEP v3 collector (a Homer server, heplify-server, HEPop...), one UDP
 * datagram per SIP or Diameter message. Configured under {@code trace.hep}; absent means no export.
 *
 * @param address   the collector: an IPv6/IPv4 literal or a host name (required)
 * @param port      the collector's HEP port; default 9060
 * @param captureId the capture agent id (chunk 0x000c, 0..4294967295); default derived from the node name
 *                  ({@link #captureIdFor})
 * @param password  the collector's authentication key (chunk 0x000e); optional
 * @param transport {@code udp}, the only transport supported; default {@code udp}
 */
public record HepConfig(String address, Integer port, Long captureId, String password, String transport)
        implements Validatable {
    /** The HEP port collectors listen on by default. */
    public static final int DEFAULT_PORT = 9060;
    /** The capture id used when there is no node name to derive one from (Homer's examples use it too). */
    public static final long DEFAULT_CAPTURE_ID = 2001;

    public HepConfig {
        port = port == null ? DEFAULT_PORT : port;
        transport = transport == null ? "udp" : transport;
    }

    @Override
    public void validate(FieldErrors at) {
        at.requireText(address, "address");
        at.require(port >= 1 && port <= 65535, "port", "must be a port 1..65535, got " + port);
        if (captureId != null) {
            at.require(captureId >= 0 && captureId <= 0xFFFF_FFFFL, "captureId",
                    "must be 0..4294967295 (an unsigned 32-bit number), got " + captureId);
        }
        if (password != null) {
            at.require(!password.isEmpty(), "password", "must not be empty (leave it out for no key)");
            at.require(password.getBytes(StandardCharsets.UTF_8).length <= 1024, "password",
                    "must be at most 1024 bytes");
        }
        at.require("udp".equals(transport.toLowerCase(Locale.ROOT)), "transport",
                "only 'udp' is supported, got '" + transport + "'");
    }

    /** The capture id to send for {@code node}: the configured one, else {@link #captureIdFor(String)}. */
    public long captureId(String node) {
        return captureId != null ? captureId : captureIdFor(node);
    }

    /**
     * A stable capture id for a node name: 2001 plus the CRC-32 of the name modulo 1,000,000 (so every node of a lab
     * gets its own id without configuration); 2001 for a missing name. Homer shows the node name (chunk 0x0013) too.
     */
    public static long captureIdFor(String node) {
        if (node == null || node.isBlank()) {
            return DEFAULT_CAPTURE_ID;
        }
        CRC32 crc = new CRC32();
        crc.update(node.getBytes(StandardCharsets.UTF_8));
        return DEFAULT_CAPTURE_ID + crc.getValue() % 1_000_000L;
    }
}
