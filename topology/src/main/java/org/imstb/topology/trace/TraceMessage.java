package org.imstb.topology.trace;

import java.util.List;
import java.util.Set;
import org.imstb.common.trace.Protocol;

/**
 * One message of a merged trace, shown once from sender to receiver however many nodes recorded it.
 *
 * @param timeNs         when it was sent (or, if only the receiver traced it, received), in ns since the epoch on
 *                       the reference clock (see {@link TraceSet})
 * @param from           sender: a node name, a UE name, or an address when the peer is unknown
 * @param to             receiver, named the same way
 * @param protocol       SIP or DIAMETER
 * @param transport      UDP, TCP, ...
 * @param summary        the record's one-line summary (request line, status line, Diameter command and result)
 * @param label          the ladder label: {@code REGISTER}, {@code 401 Unauthorized}, {@code UAR}, {@code UAA 2001}
 * @param tokens         what flow lines match (see {@link FlowSpec})
 * @param text           the full message (SIP as on the wire, Diameter as an AVP listing)
 * @param sentNs         send time on the reference clock, or null when the sender did not trace it
 * @param receivedNs     receive time on the reference clock, or null when the receiver did not trace it
 * @param retransmission true for a repeated copy of an earlier message on the same hop
 * @param callId         the SIP Call-ID, or null
 * @param identities     user identities the message names (URIs, private identities)
 */
public record TraceMessage(long timeNs, String from, String to, Protocol protocol, String transport, String summary,
        String label, List<String> tokens, String text, Long sentNs, Long receivedNs, boolean retransmission,
        String callId, Set<String> identities) {

    /** The label as the ladders draw it: retransmissions marked. */
    public String ladderLabel() {
        return retransmission ? label + " (rtx)" : label;
    }

    /** One-way delay on the reference clock, or null unless both ends traced it. */
    public Long delayNs() {
        return sentNs != null && receivedNs != null ? receivedNs - sentNs : null;
    }

    /** True if the message names that user: a URI, {@code user@host} or a user part (see {@link TraceFilter}). */
    public boolean namesUser(String user) {
        return MessageInfo.namesUser(identities, user);
    }
}
