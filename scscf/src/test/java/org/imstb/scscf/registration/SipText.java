package org.imstb.scscf.registration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import javax.sip.message.Request;

import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.parser.StringMsgParser;

/** Golden SIP messages from src/test/resources (this package), with line ends made CRLF. */
final class SipText {
    private SipText() {
    }

    static String load(String name) {
        try (InputStream in = SipText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\r\n", "\n").replace("\n", "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the message factory parses it (a header it cannot parse is dropped). */
    static Request request(String name) throws ParseException {
        return new MessageFactoryImpl().createRequest(load(name));
    }

    /** As the SIP stack parses a received message: a bad non-essential header is kept aside as unparsed. */
    static Request received(String name) throws ParseException {
        return (Request) new StringMsgParser().parseSIPMessage(load(name).getBytes(StandardCharsets.UTF_8), true, false,
                (ex, message, headerClass, header, raw) -> message.addUnparsed(header));
    }
}
