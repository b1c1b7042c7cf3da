package org.imstb.common.trace;

/**
 * One message as a node saw it: the unit of every trace, ladder and flow assertion.
 *
 * @param timeNs    wall-clock time in nanoseconds since the epoch
 * @param node      the node that sent or received it (e.g. {@code hss1})
 * @param direction IN (received) or OUT (sent)
 * @param protocol  SIP or DIAMETER
 * @param transport UDP, TCP, SCTP...
 * @param local     local address and port, e.g. {@code [fd00:1::5]:3868}
 * @param remote    peer address and port, or the peer's Diameter identity when the socket is not visible
 * @param summary   one line: SIP request line / status line, or Diameter command name with R/A and result
 * @param message   the full message as text (SIP as on the wire; Diameter as a decoded AVP listing)
 */
public record TraceRecord(long timeNs, String node, Direction direction, Protocol protocol, String transport,
        String local, String remote, String summary, String message) {
}
