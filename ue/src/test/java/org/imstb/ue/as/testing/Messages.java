package org.imstb.ue.as.testing;

import java.util.List;

import javax.sip.message.Request;
import javax.sip.message.Response;

import org.imstb.common.sip.SipConfig;
import org.imstb.common.sip.SipEndpoint;
import org.imstb.common.trace.MessageObserver;

/**
 * SIP messages from text, and an AS endpoint (host as1.domain1.test, on ::1 at a free port) for tests that build
 * messages without exchanging any: it is started (its port is part of the URIs it writes) but nothing sends to it.
 */
public final class Messages {
    public static final SipEndpoint SIP = started();

    private Messages() {
    }

    private static SipEndpoint started() {
        SipEndpoint sip = new SipEndpoint(new SipConfig("as1.domain1.test", "::1", 0, List.of("udp"), 1), "as1",
                MessageObserver.NONE, false);
        try {
            sip.start(new NoListener());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return sip;
    }

    private static final class NoListener implements javax.sip.SipListener {
        @Override
        public void processRequest(javax.sip.RequestEvent e) {
        }

        @Override
        public void processResponse(javax.sip.ResponseEvent e) {
        }

        @Override
        public void processTimeout(javax.sip.TimeoutEvent e) {
        }

        @Override
        public void processIOException(javax.sip.IOExceptionEvent e) {
        }

        @Override
        public void processTransactionTerminated(javax.sip.TransactionTerminatedEvent e) {
        }

        @Override
        public void processDialogTerminated(javax.sip.DialogTerminatedEvent e) {
        }
    }

    /** A request from its lines (CRLF added, Content-Length 0 when there is no body). */
    public static Request request(String... lines) throws Exception {
        return SIP.messages().createRequest(text(lines));
    }

    public static Response response(String... lines) throws Exception {
        return SIP.messages().createResponse(text(lines));
    }

    private static String text(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append("\r\n");
        }
        return sb.append("Content-Length: 0\r\n\r\n").toString();
    }
}
