package org.imstb.common.sip.proxy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.Locale;

import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.imstb.common.sip.Tags;
import org.imstb.common.util.Hex;

/**
 * Loop detection (RFC 3261 §16.3 step 4, §16.6 step 8): the branch of every Via a proxy adds starts with a hash of
 * the fields of the received request that decide its routing (Request-URI, top Route, From tag, To tag, Call-ID,
 * CSeq number, Proxy-Require, Proxy-Authorization), followed by a per-branch part. A request arriving with a Via of
 * ours whose branch starts with the hash of the request as it arrives now is a loop (482); one that came back changed
 * (e.g. from an application server, with another Route or Request-URI) is a spiral and goes on. No I/O.
 */
final class Loops {
    private static final String MAGIC = "z9hG4bK";
    /** One digest per thread: a provider look-up per forwarded request showed in every CSCF's profile. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Loops() {
    }

    /** A fresh branch for a request forwarded from {@code received}. */
    static String branch(Request received) {
        return MAGIC + hash(received) + "." + Tags.token(4);
    }

    /** True if {@code received} carries a Via of ours (host {@code viaHost}, port {@code port}) from this very state. */
    static boolean looped(Request received, String viaHost, int port) {
        String mark = null;
        for (Iterator<?> it = received.getHeaders(ViaHeader.NAME); it.hasNext();) {
            ViaHeader via = (ViaHeader) it.next();
            String branch = via.getBranch();
            if (branch == null || !viaHost.equalsIgnoreCase(via.getHost())
                    || (via.getPort() > 0 ? via.getPort() : 5060) != port) {
                continue;
            }
            if (mark == null) {
                mark = MAGIC + hash(received) + ".";
            }
            if (branch.startsWith(mark)) {
                return true;
            }
        }
        return false;
    }

    static String hash(Request r) {
        StringBuilder b = new StringBuilder(256);
        b.append(r.getRequestURI()).append('\n');
        append(b, r.getHeader("Route"));
        FromHeader from = (FromHeader) r.getHeader(FromHeader.NAME);
        ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
        b.append(from == null ? "" : from.getTag()).append('\n');
        b.append(to == null ? "" : to.getTag()).append('\n');
        CallIdHeader callId = (CallIdHeader) r.getHeader(CallIdHeader.NAME);
        b.append(callId == null ? "" : callId.getCallId()).append('\n');
        CSeqHeader cseq = (CSeqHeader) r.getHeader(CSeqHeader.NAME);
        b.append(cseq == null ? 0 : cseq.getSeqNumber()).append('\n');
        append(b, r.getHeader("Proxy-Require"));
        append(b, r.getHeader("Proxy-Authorization"));
        byte[] d = SHA256.get().digest(b.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return Hex.format(d).substring(0, 16);
    }

    private static void append(StringBuilder b, Header h) {
        b.append(h == null ? "" : h.toString().trim()).append('\n');
    }
}
