package org.imstb.common.trace.hep;

import java.net.InetAddress;

/**
 * The fields of one HEP v3 packet, as {@link Hep3Encoder} writes them. Addresses of different families are sent as
 * IPv6 (the IPv4 one mapped); a null address is sent as the unspecified address of the other's family.
 *
 * @param ipProtocol    IP protocol id of the captured message: 17 UDP, 6 TCP, 132 SCTP
 * @param source        source address (may be null)
 * @param sourcePort    source port, 0..65535
 * @param destination   destination address (may be null)
 * @param destPort      destination port, 0..65535
 * @param seconds       capture time, seconds since the epoch (unsigned 32 bits)
 * @param micros        capture time, microseconds within the second
 * @param protocolType  HEP protocol type of the payload: {@link Hep3Encoder#PROTO_SIP},
 *                      {@link Hep3Encoder#PROTO_DIAMETER}
 * @param captureId     capture agent id (unsigned 32 bits)
 * @param authKey       authentication key, or null for none
 * @param correlationId correlation id (chunk 0x0011), or null for none
 * @param nodeName      node name (chunk 0x0013), or null for none
 * @param payload       the captured message
 */
public record HepPacket(int ipProtocol, InetAddress source, int sourcePort, InetAddress destination, int destPort,
        long seconds, int micros, int protocolType, long captureId, String authKey, String correlationId,
        String nodeName, byte[] payload) {
}
