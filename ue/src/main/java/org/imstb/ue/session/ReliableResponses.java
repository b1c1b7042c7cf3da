package org.imstb.ue.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sip.header.RSeqHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Response;

/**
 * The reliable provisional responses (RFC 3262) one INVITE has received, per early dialog (To tag): each is PRACKed
 * once. A response whose RSeq is not above the highest one seen on its dialog is a retransmission, sent because our
 * PRACK was late or lost, and RFC 3262 §4 says to discard it: the PRACK's own client transaction retransmits the
 * PRACK, and a second PRACK for the same response would reach a UAS that has already matched the first one.
 */
final class ReliableResponses {
    private final Map<String, Long> highest = new ConcurrentHashMap<>();

    /** True for the first arrival of a reliable provisional response; false for its retransmissions. */
    boolean firstTime(Response response) {
        RSeqHeader rseq = (RSeqHeader) response.getHeader(RSeqHeader.NAME);
        if (rseq == null) {
            return false;
        }
        String tag = ((ToHeader) response.getHeader(ToHeader.NAME)).getTag();
        long seq = Integer.toUnsignedLong(rseq.getSequenceNumber()); // RFC 3262: 1 .. 2^31 - 1
        boolean[] first = {false};
        highest.compute(tag == null ? "" : tag, (k, seen) -> {
            if (seen == null || seq > seen) {
                first[0] = true;
                return seq;
            }
            return seen;
        });
        return first[0];
    }
}
