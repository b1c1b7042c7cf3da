package org.imstb.ue.as;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.header.CSeqHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RouteHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

import org.imstb.ue.as.testing.Messages;
import org.junit.jupiter.api.Test;

/** Dialogs the AS keeps itself (RFC 3261 §12): UAS and UAC side, in-dialog requests and ACK. No sockets. */
class DialogStateTest {
    static final javax.sip.address.Address CONTACT = Messages.SIP.addresses().createAddress(
            Messages.SIP.uri("voicemail", false));

    static Request invite() throws Exception {
        return Messages.request("INVITE sip:bob@domain1.test SIP/2.0",
                "Via: SIP/2.0/UDP scscf.domain1.test:5060;branch=z9hG4bK1",
                "Record-Route: <sip:orig@scscf.domain1.test;lr>",
                "Record-Route: <sip:pcscf.domain1.test;lr>",
                "From: <sip:alice@domain1.test>;tag=alice-tag",
                "To: <sip:bob@domain1.test>",
                "Call-ID: c1@test",
                "CSeq: 7 INVITE",
                "Contact: <sip:alice@[2001:db8::5]:5060>",
                "Max-Forwards: 60");
    }

    static List<String> routes(Request r) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(RouteHeader.NAME);
        while (it.hasNext()) {
            out.add(((RouteHeader) it.next()).getAddress().getURI().toString());
        }
        return out;
    }

    @Test
    void theUasSideSendsToTheContactAlongTheRecordRouteInOrder() throws Exception {
        DialogState d = DialogState.asUas(invite(), "vm-tag", CONTACT);
        Request bye = d.request(Messages.SIP, Request.BYE);
        assertEquals("sip:alice@[2001:db8::5]:5060", bye.getRequestURI().toString());
        assertEquals(List.of("sip:orig@scscf.domain1.test;lr", "sip:pcscf.domain1.test;lr"), routes(bye));
        assertEquals("vm-tag", ((FromHeader) bye.getHeader(FromHeader.NAME)).getTag());
        assertEquals("sip:bob@domain1.test", ((FromHeader) bye.getHeader(FromHeader.NAME)).getAddress().getURI()
                .toString());
        assertEquals("alice-tag", ((ToHeader) bye.getHeader(ToHeader.NAME)).getTag());
        assertEquals("c1@test", ((javax.sip.header.CallIdHeader) bye.getHeader("Call-ID")).getCallId());
        assertEquals(1, ((CSeqHeader) bye.getHeader(CSeqHeader.NAME)).getSeqNumber(), "our own CSeq space");
        assertNull(bye.getHeader("Contact"), "BYE carries no Contact");
        Request update = d.request(Messages.SIP, Request.UPDATE);
        assertEquals(2, ((CSeqHeader) update.getHeader(CSeqHeader.NAME)).getSeqNumber());
        assertEquals("<sip:voicemail@as1.domain1.test:" + Messages.SIP.port() + ">",
                update.getHeader("Contact").toString().trim().replace("Contact: ", ""));
    }

    @Test
    void theUacSideLearnsTagTargetAndReversedRouteSetFromTheAnswer() throws Exception {
        Request out = Messages.request("INVITE sip:bob@domain1.test SIP/2.0",
                "Via: SIP/2.0/UDP as1.domain1.test:5070;branch=z9hG4bK2",
                "Route: <sip:orig@scscf.domain1.test;lr;odi=x>",
                "From: <sip:alice@domain1.test>;tag=b2b-tag",
                "To: <sip:bob@domain1.test>",
                "Call-ID: c2@test",
                "CSeq: 1 INVITE",
                "Max-Forwards: 69");
        DialogState d = DialogState.asUac(out, CONTACT);
        assertEquals(List.of("sip:orig@scscf.domain1.test;lr;odi=x"), d.routeSet().stream()
                .map(a -> a.getURI().toString()).toList(), "before the answer: the request's own route");
        d.established(Messages.response("SIP/2.0 200 OK",
                "Via: SIP/2.0/UDP as1.domain1.test:5070;branch=z9hG4bK2",
                "Record-Route: <sip:term@scscf.domain1.test;lr>",
                "Record-Route: <sip:orig@scscf.domain1.test;lr>",
                "From: <sip:alice@domain1.test>;tag=b2b-tag",
                "To: <sip:bob@domain1.test>;tag=bob-tag",
                "Call-ID: c2@test",
                "CSeq: 1 INVITE",
                "Contact: <sip:bob@[2001:db8::9]>"));
        Request ack = d.ack(Messages.SIP, 1);
        assertEquals("sip:bob@[2001:db8::9]", ack.getRequestURI().toString());
        assertEquals(List.of("sip:orig@scscf.domain1.test;lr", "sip:term@scscf.domain1.test;lr"), routes(ack));
        assertEquals("bob-tag", ((ToHeader) ack.getHeader(ToHeader.NAME)).getTag());
        assertEquals(Request.ACK, ((CSeqHeader) ack.getHeader(CSeqHeader.NAME)).getMethod());
        assertEquals(1, ((CSeqHeader) ack.getHeader(CSeqHeader.NAME)).getSeqNumber());
        assertEquals(2, ((CSeqHeader) d.request(Messages.SIP, Request.BYE).getHeader(CSeqHeader.NAME))
                .getSeqNumber(), "after the INVITE's 1");

        d.refreshTarget(Messages.response("SIP/2.0 200 OK",
                "Via: SIP/2.0/UDP as1.domain1.test:5070;branch=z9hG4bK3",
                "From: <sip:alice@domain1.test>;tag=b2b-tag",
                "To: <sip:bob@domain1.test>;tag=bob-tag",
                "Call-ID: c2@test",
                "CSeq: 3 INVITE",
                "Contact: <sip:bob@[2001:db8::10]>"));
        assertEquals("sip:bob@[2001:db8::10]", d.remoteTarget().toString());
        assertEquals(2, d.routeSet().size(), "a target refresh keeps the route set");
    }
}
