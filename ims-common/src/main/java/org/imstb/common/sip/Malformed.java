package org.imstb.common.sip;

import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;

import javax.sip.message.Message;

import gov.nist.javax.sip.message.SIPMessage;

/**
 * Headers JAIN-SIP could not parse. The stack rejects a message whose From, To, Call-ID, CSeq or Via is bad, but
 * keeps other bad header lines aside as "unrecognized"; a node that relies on one of those (Contact, Expires,
 * Authorization...) must answer 400 rather than act as if it were absent.
 */
public final class Malformed {
    private Malformed() {
    }

    /** The first of {@code names} present in {@code message} but unparsable, e.g. {@code Authorization}. */
    public static Optional<String> header(Message message, String... names) {
        if (!(message instanceof SIPMessage m)) {
            return Optional.empty();
        }
        ListIterator<String> it = m.getUnrecognizedHeaders();
        while (it.hasNext()) {
            String line = it.next();
            int colon = line.indexOf(':');
            String name = (colon < 0 ? line : line.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (n.toLowerCase(Locale.ROOT).equals(name)) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }
}
