package org.imstb.common.sip.parse;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.concurrent.atomic.LongAdder;

import gov.nist.javax.sip.address.SipUri;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.ParserFactory;
import gov.nist.javax.sip.parser.StatusLineParser;
import gov.nist.javax.sip.parser.StringMsgParser;

/**
 * JAIN-SIP's message parser with a fast path for plain messages. JAIN-SIP parses every header with a lexer and a
 * parser object made by reflection: 30–40 µs for a REGISTER and 40–55 µs for an INVITE with SDP on this machine
 * ({@code imstb bench sip}), the largest single cost of every CSCF. Here the lines of a datagram are split once, and
 * the headers every message carries (Via, From, To, Call-ID, CSeq, Max-Forwards, Content-Length, the routing and
 * identity headers: see {@link FastHeaders}) are built directly into the same JAIN-SIP objects when they are in
 * their plain form; the other headers go to JAIN-SIP's parser one by one, as in {@link StringMsgParser}. Anything
 * unusual (non-ASCII bytes, folded lines, a header JAIN-SIP rejects, no blank line) sends the whole datagram to
 * {@link StringMsgParser}, so malformed input is answered exactly as before. No library offers this for JAIN-SIP; its
 * {@code MESSAGE_PARSER_FACTORY} property is the documented way to plug it in.
 */
public final class FastMessageParser extends StringMsgParser {
    private static final LongAdder FAST = new LongAdder();
    private static final LongAdder HANDED_ON = new LongAdder();

    @Override
    public SIPMessage parseSIPMessage(byte[] buffer, boolean readBody, boolean strict,
            ParseExceptionListener listener) throws ParseException {
        SIPMessage message;
        try {
            message = fast(buffer, readBody, strict);
        } catch (ParseException | RuntimeException e) {
            message = null;
        }
        if (message != null) {
            FAST.increment();
            return message;
        }
        HANDED_ON.increment();
        return super.parseSIPMessage(buffer, readBody, strict, listener);
    }

    /** Messages this JVM's stacks parsed on the fast path so far. */
    public static long fastCount() {
        return FAST.sum();
    }

    /** Messages handed on whole to JAIN-SIP's parser so far (unusual or malformed). */
    public static long handedOnCount() {
        return HANDED_ON.sum();
    }

    /** The message, or null when it is not a plain one (the caller then uses JAIN-SIP's parser). */
    static SIPMessage fast(byte[] buffer, boolean readBody, boolean strict) throws ParseException {
        if (buffer == null || buffer.length == 0) {
            return null;
        }
        int i = 0;
        while (i < buffer.length && buffer[i] < 0x20) {
            i++;
        }
        SIPMessage message = null;
        while (true) {
            int start = i;
            while (i < buffer.length && buffer[i] != '\r' && buffer[i] != '\n') {
                byte b = buffer[i];
                if (b < 0x20 && b != '\t' || b > 0x7e) {
                    return null;
                }
                i++;
            }
            if (i >= buffer.length) {
                return null;
            }
            int end = i;
            while (end > start && buffer[end - 1] <= 0x20) {
                end--;
            }
            i += buffer[i] == '\r' && i + 1 < buffer.length && buffer[i + 1] == '\n' ? 2 : 1;
            if (end == start) {
                break;
            }
            if (buffer[start] == ' ' || buffer[start] == '\t') {
                return null;
            }
            String line = new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
            if (message == null) {
                message = firstLine(line);
                if (message == null) {
                    return null;
                }
            } else {
                header(message, line);
            }
        }
        if (message == null) {
            return null;
        }
        message.setSize(i);
        if (readBody && message.getContentLength() != null) {
            int length = message.getContentLength().getContentLength();
            if (length != 0) {
                byte[] body = new byte[buffer.length - i];
                System.arraycopy(buffer, i, body, 0, body.length);
                message.setMessageContent(body, !strict, computeContentLengthFromMessage, length);
            } else if (!computeContentLengthFromMessage && strict) {
                String last4 = new String(buffer, buffer.length - 4, 4, StandardCharsets.ISO_8859_1);
                if (!"\r\n\r\n".equals(last4)) {
                    throw new ParseException("Extraneous characters at the end of the message ", i);
                }
            }
        }
        return message;
    }

    private static SIPMessage firstLine(String line) throws ParseException {
        if (line.startsWith("SIP/2.0")) {
            StatusLine statusLine = statusLine(line);
            SIPResponse response = new SIPResponse();
            response.setStatusLine(statusLine != null ? statusLine : new StatusLineParser(line + "\n").parse());
            return response;
        }
        RequestLine requestLine = requestLine(line);
        if (requestLine == null) {
            return null;
        }
        SIPRequest request = new SIPRequest();
        request.setRequestLine(requestLine);
        return request;
    }

    /** {@code SIP/2.0 NNN reason}, as StatusLineParser reads it; null for any other form. */
    private static StatusLine statusLine(String line) {
        if (line.length() < 11 || line.charAt(7) != ' ' || !digit(line, 8) || !digit(line, 9) || !digit(line, 10)
                || line.length() > 11 && line.charAt(11) != ' ') {
            return null;
        }
        StatusLine statusLine = new StatusLine();
        statusLine.setSipVersion("SIP/2.0");
        statusLine.setStatusCode(Integer.parseInt(line, 8, 11, 10));
        statusLine.setReasonPhrase(line.substring(11).trim());
        return statusLine;
    }

    private static boolean digit(String s, int i) {
        return s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** {@code METHOD sip:... SIP/2.0} with a plain sip URI; null otherwise. */
    private static RequestLine requestLine(String line) {
        Cursor c = new Cursor(line, 0);
        String method = c.token();
        if (method == null || c.peek() != ' ') {
            return null;
        }
        c.i++;
        SipUri uri = c.sipUri(' ');
        if (uri == null || !line.startsWith(" SIP/2.0", c.i) || c.i + 8 != line.length()) {
            return null;
        }
        RequestLine requestLine = new RequestLine();
        requestLine.setMethod(method);
        requestLine.setUri(uri);
        requestLine.setSipVersion("SIP/2.0");
        return requestLine;
    }

    /** Adds the header in {@code line}; throws when JAIN-SIP's own parser should have the whole message instead. */
    private static void header(SIPMessage message, String line) throws ParseException {
        int colon = line.indexOf(':');
        SIPHeader header = colon > 0 ? FastHeaders.build(line, colon) : null;
        if (header == null) {
            header = ParserFactory.createParser(line + "\n").parse();
        }
        message.attachHeader(header, false);
    }
}
