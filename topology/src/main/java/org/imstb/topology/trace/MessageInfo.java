package org.imstb.topology.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imstb.common.trace.Protocol;
import org.imstb.common.trace.TraceRecord;

/**
 * What the trace tools read off one message: the key that pairs a sent copy with a received copy, the ladder label,
 * the tokens a flow line matches against, the Call-ID and the user identities it names.
 *
 * @param key            equal for the sent and the received copy of one message (and for its retransmissions):
 *                       SIP: start line, Call-ID, CSeq, top Via branch; Diameter: command, R flag, end-to-end id
 *                       and Session-Id (not the hop-by-hop id: a sent request is traced before the stack sets it,
 *                       as {@code hbh=0}); null when the message cannot be read
 * @param label          short: {@code REGISTER}, {@code 401 Unauthorized}, {@code UAR}, {@code UAA 2001}
 * @param tokens         what flow lines match: the label's head (method, status code, command) first, then the rest
 *                       (reason words and CSeq method of a response; result code and name of an answer)
 * @param callId         SIP Call-ID, or null
 * @param identities     SIP and tel URIs and private identities the message names (Request-URI, From, To,
 *                       P-Asserted-Identity, P-Associated-URI, Authorization username; Diameter User-Name and
 *                       Public-Identity)
 * @param retransmission true when the message says it is one (Diameter T flag)
 */
record MessageInfo(String key, String label, List<String> tokens, String callId, Set<String> identities,
        boolean retransmission) {
    private static final Pattern URI = Pattern.compile("(?i)\\b(?:sips?|tel):[^\\s<>;,\"]+");
    private static final Pattern USERNAME = Pattern.compile("(?i)\\busername\\s*=\\s*\"([^\"]*)\"");
    private static final String[] IDENTITY_HEADERS = {"From", "To", "P-Asserted-Identity", "P-Preferred-Identity",
        "P-Associated-URI"};

    static MessageInfo of(TraceRecord r) {
        String text = r.message() == null ? "" : r.message();
        if (r.protocol() == Protocol.DIAMETER) {
            return diameter(text, r.summary());
        }
        return sip(text, r.summary());
    }

    private static MessageInfo sip(String text, String summary) {
        String first = SipText.firstLine(text);
        if (first.isEmpty()) {
            return unknown(summary);
        }
        String callId = SipText.header(text, "Call-ID");
        String cseq = SipText.cseq(text);
        String key = "SIP|" + first + "|" + callId + "|" + cseq + "|" + SipText.topViaBranch(text);
        List<String> tokens = new ArrayList<>();
        String label;
        if (SipText.isResponse(first)) {
            label = SipText.status(first);
            tokens.addAll(List.of(label.split("\\s+")));
            String method = SipText.cseqMethod(text);
            if (method != null) {
                tokens.add(method);
            }
        } else {
            label = SipText.method(first);
            tokens.add(label);
        }
        Set<String> ids = new LinkedHashSet<>();
        String ruri = SipText.requestUri(first);
        if (ruri != null) {
            uris(ruri, ids);
        }
        for (String h : IDENTITY_HEADERS) {
            for (String v : SipText.headers(text, h)) {
                uris(v, ids);
            }
        }
        for (String h : new String[] {"Authorization", "Proxy-Authorization"}) {
            for (String v : SipText.headers(text, h)) {
                Matcher m = USERNAME.matcher(v);
                if (m.find() && !m.group(1).isEmpty()) {
                    ids.add(m.group(1));
                }
            }
        }
        return new MessageInfo(key, label, List.copyOf(tokens), callId, Set.copyOf(ids), false);
    }

    private static MessageInfo diameter(String text, String summary) {
        DiameterListing.Header h = DiameterListing.header(text);
        if (h == null) {
            return unknown(summary);
        }
        // not the hop-by-hop id: the sender's copy of a request is traced before the stack assigns it (hbh=0)
        List<String> session = DiameterListing.values(text, "Session-Id");
        String key = "DIAMETER|" + h.code() + "|" + (h.request() ? "R" : "A") + "|" + h.endToEnd() + "|"
                + (session.isEmpty() ? "" : session.get(0));
        List<String> tokens = new ArrayList<>();
        tokens.add(h.command());
        String label = h.command();
        if (!h.request()) {
            String code = DiameterListing.resultCode(text);
            if (code != null) {
                label += " " + code;
                tokens.add(code);
            }
            String name = DiameterListing.resultName(summary);
            if (name != null) {
                tokens.add(name);
                if (name.startsWith("DIAMETER_")) {
                    tokens.add(name.substring("DIAMETER_".length()));
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(DiameterListing.values(text, "User-Name"));
        ids.addAll(DiameterListing.values(text, "Public-Identity"));
        return new MessageInfo(key, label, List.copyOf(tokens), null, Set.copyOf(ids), h.retransmitted());
    }

    private static MessageInfo unknown(String summary) {
        String s = summary == null || summary.isBlank() ? "?" : summary.strip();
        String head = s.split("\\s+")[0];
        return new MessageInfo(null, head, List.of(head), null, Set.of(), false);
    }

    private static void uris(String value, Set<String> out) {
        Matcher m = URI.matcher(value);
        while (m.find()) {
            out.add(m.group());
        }
    }

    /**
     * True if {@code user} names one of the identities: a whole URI ({@code sip:alice@domain1.test},
     * {@code tel:+15551001}), {@code user@host} (an IMPI or the URI without its scheme) or just the user part
     * ({@code alice}, {@code +15551001}). Case-insensitive.
     */
    static boolean namesUser(Set<String> identities, String user) {
        String want = user.strip().toLowerCase(Locale.ROOT);
        for (String id : identities) {
            for (String form : forms(id)) {
                if (form.equals(want)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> forms(String identity) {
        String id = identity.strip().toLowerCase(Locale.ROOT);
        List<String> forms = new ArrayList<>(3);
        forms.add(id);
        String noScheme = id;
        int colon = id.indexOf(':');
        if (colon > 0 && id.substring(0, colon).matches("sips?|tel")) {
            noScheme = id.substring(colon + 1);
            forms.add(noScheme);
        }
        int at = noScheme.indexOf('@');
        if (at > 0) {
            forms.add(noScheme.substring(0, at));
        }
        return forms;
    }
}
