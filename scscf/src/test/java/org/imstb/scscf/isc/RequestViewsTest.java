package org.imstb.scscf.isc;

import static org.imstb.scscf.isc.Ifcs.header;
import static org.imstb.scscf.isc.Ifcs.spt;
import static org.imstb.scscf.isc.Ifcs.tp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sip.SipFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import org.junit.jupiter.api.Test;

/** {@link RequestViews#of} on requests parsed by the JAIN-SIP message factory. */
class RequestViewsTest {
    private static final String SDP = "v=0\r\no=- 1 1 IN IP6 fd00::10\r\ns=-\r\nc=IN IP6 fd00::10\r\nt=0 0\r\n"
            + "m=video 49172 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n";

    private static Request request(String method, String uri, String headers, String contentType, String body)
            throws Exception {
        MessageFactory factory = SipFactory.getInstance().createMessageFactory();
        int length = body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
        String text = method + " " + uri + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP pcscf.domain1.test;branch=z9hG4bK1\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:bob@domain1.test>\r\n"
                + "Call-ID: c1\r\nCSeq: 1 " + method + "\r\nMax-Forwards: 69\r\n" + headers
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + length + "\r\n\r\n" + (body == null ? "" : body);
        return factory.createRequest(text);
    }

    @Test
    void invitWithSdpBody() throws Exception {
        Request r = request("INVITE", "sip:bob@domain1.test;user=phone",
                "Accept-Contact: *;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"\r\n"
                        + "Accept-Contact: *;video\r\nP-Asserted-Identity: <sip:alice@domain1.test>\r\n",
                "application/sdp", SDP);
        RequestView v = RequestViews.of(r, RegistrationType.INITIAL);
        assertEquals("INVITE", v.method());
        assertEquals("sip:bob@domain1.test;user=phone", v.requestUri());
        assertEquals(List.of("*;+g.3gpp.icsi-ref=\"urn%3Aurn-7%3A3gpp-service.ims.icsi.mmtel\"", "*;video"),
                v.headerValues("accept-contact"));
        assertEquals(List.of("<sip:alice@domain1.test>"), v.headerValues("P-Asserted-Identity"));
        assertEquals(List.of(), v.headerValues("Privacy"));
        assertEquals(SDP, v.sdp());
        assertNull(v.registrationType(), "only a REGISTER has a registration type");

        String videoCall = tp(false, spt(header("Accept-Contact", "video"), 0),
                spt("<SessionDescription><Line>m</Line><Content>^video </Content></SessionDescription>", 0),
                spt("<RequestURI>user=phone</RequestURI>", 0));
        assertTrue(TriggerPoint.parse(videoCall).matches(v, SessionCase.ORIGINATING));
    }

    @Test
    void sdpPartOfAMultipartBody() throws Exception {
        String body = "preamble\r\n--b1\r\nContent-Type: application/vnd.3gpp.sms\r\n\r\nxyz\r\n"
                + "--b1\r\nContent-Type: application/sdp\r\nContent-Disposition: session\r\n\r\n" + SDP
                + "\r\n--b1--\r\nepilogue";
        Request r = request("INVITE", "sip:bob@domain1.test", "", "multipart/mixed;boundary=\"b1\"", body);
        assertEquals(SDP, RequestViews.of(r, null).sdp());
    }

    @Test
    void noSdpInOtherBodies() throws Exception {
        assertNull(RequestViews.of(request("MESSAGE", "sip:bob@domain1.test", "", "text/plain", "hi"), null).sdp());
        assertNull(RequestViews.of(request("INVITE", "sip:bob@domain1.test", "", null, null), null).sdp());
        String noSdpPart = "--b1\r\nContent-Type: text/plain\r\n\r\nm=audio 1 RTP/AVP 0\r\n--b1--\r\n";
        assertNull(RequestViews.of(request("INVITE", "sip:bob@domain1.test", "", "multipart/mixed;boundary=b1",
                noSdpPart), null).sdp());
    }

    @Test
    void registerCarriesTheRegistrationTypeGiven() throws Exception {
        Request r = request("REGISTER", "sip:domain1.test", "Contact: <sip:alice@[fd00::10]:5060>\r\nExpires: 0\r\n",
                null, null);
        RequestView v = RequestViews.of(r, RegistrationType.DEREGISTRATION);
        assertEquals(RegistrationType.DEREGISTRATION, v.registrationType());
        assertEquals(List.of("0"), v.headerValues("Expires"));
        String deregOnly = tp(true, spt(Ifcs.method("REGISTER")
                + "<Extension><RegistrationType>2</RegistrationType></Extension>", 0));
        assertTrue(TriggerPoint.parse(deregOnly).matches(v, SessionCase.ORIGINATING));
        assertFalse(TriggerPoint.parse(deregOnly)
                .matches(RequestViews.of(r, RegistrationType.INITIAL), SessionCase.ORIGINATING));
    }
}
