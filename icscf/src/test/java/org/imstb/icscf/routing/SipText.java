package org.imstb.icscf.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import javax.sip.message.Request;

import gov.nist.javax.sip.message.MessageFactoryImpl;

/** Golden SIP requests from src/test/resources (this package), with line ends made CRLF. */
final class SipText {
    private SipText() {
    }

    static Request request(String name) throws ParseException {
        try (InputStream in = SipText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new MessageFactoryImpl().createRequest(text.replace("\r\n", "\n").replace("\n", "\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
