package org.imstb.icscf.thig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.address.SipURI;
import javax.sip.header.Header;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.junit.jupiter.api.Test;

/**
 * A call alice (domain1) → carol (domain2) through both I-CSCFs with THIG, message by message: what each network sees
 * and what comes back in.
 */
class ThigTest {
    private static final AddressFactoryImpl ADDRESSES = new AddressFactoryImpl();

    private static Thig thig(String host) {
        return new Thig(new TokenCipher(TokenCipher.randomKey(), host), user -> {
            try {
                SipURI u = ADDRESSES.createSipURI(user, host);
                u.setPort(5060);
                u.setLrParam();
                return u;
            } catch (java.text.ParseException e) {
                throw new IllegalArgumentException(e);
            }
        }, uri -> uri instanceof SipURI s && host.equals(s.getHost()) && s.getPort() == 5060, new HeaderFactoryImpl(),
                ADDRESSES);
    }

    private final Thig icscf1 = thig("icscf.domain1.test");
    private final Thig icscf2 = thig("icscf.domain2.test");

    /** The INVITE as scscf1 sends it to icscf1 (our exit), icscf1's Route entry already removed. */
    private static Request inviteFromScscf1() throws Exception {
        return new MessageFactoryImpl().createRequest("INVITE sip:carol@domain2.test SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP scscf.domain1.test:5060;branch=z9hG4bK3;received=fd00:0:0:1::12\r\n"
                + "Via: SIP/2.0/UDP pcscf.domain1.test:5060;branch=z9hG4bK2;received=fd00:0:0:1::10\r\n"
                + "Via: SIP/2.0/UDP [fd00:0:0:1::100]:5062;branch=z9hG4bK1;rport=5062\r\n"
                + "Record-Route: <sip:mo@scscf.domain1.test:5060;lr>\r\n"
                + "Record-Route: <sip:orig@pcscf.domain1.test:5060;lr>\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:carol@domain2.test>\r\n"
                + "Call-ID: c1\r\nCSeq: 1 INVITE\r\nMax-Forwards: 67\r\nContent-Length: 0\r\n\r\n");
    }

    private static List<String> values(javax.sip.message.Message m, String name) {
        List<String> out = new ArrayList<>();
        ListIterator<?> it = m.getHeaders(name);
        while (it.hasNext()) {
            out.add(((Header) it.next()).toString().replaceFirst("^[^:]*:", "").trim());
        }
        return out;
    }

    private static void addVia(Request r, String host) throws Exception {
        r.addFirst(new HeaderFactoryImpl().createViaHeader(host, 5060, "udp", "z9hG4bK" + host.charAt(0)));
    }

    @Test
    void aCallAcrossTwoHidingNetworks() throws Exception {
        Request original = inviteFromScscf1();
        // leaving domain1 at icscf1
        Request out = (Request) original.clone();
        Thig.hideVias(out);
        icscf1.hideRecordRoutes(out);
        addVia(out, "icscf.domain1.test");
        String sent = out.toString();
        assertFalse(sent.contains("pcscf.domain1.test") || sent.contains("scscf.domain1.test")
                || sent.contains("fd00:0:0:1::"), sent);
        List<String> rr = values(out, "Record-Route");
        assertEquals(1, rr.size());
        assertTrue(rr.get(0).matches("<sip:[A-Za-z0-9_-]+@icscf\\.domain1\\.test:5060;lr>"), rr.get(0));
        assertEquals(1, values(out, "Via").size());

        // entering domain2 at icscf2, through scscf2 and pcscf2 to carol
        Request in = (Request) out.clone();
        icscf2.recordRouteInside(in);
        in.addFirst(new HeaderFactoryImpl().createHeader("Record-Route", "<sip:mt@scscf.domain2.test:5060;lr>"));
        in.addFirst(new HeaderFactoryImpl().createHeader("Record-Route", "<sip:term@pcscf.domain2.test:5060;lr>"));
        List<String> carolsRouteSet = values(in, "Record-Route");
        assertEquals("<sip:thig@icscf.domain2.test:5060;lr>", carolsRouteSet.get(2));

        // carol's 200 leaving domain2 at icscf2
        Response ok = new MessageFactoryImpl().createResponse(200, in);
        icscf2.hideRecordRoutes(ok);
        List<String> seenBy1 = values(ok, "Record-Route");
        assertEquals(2, seenBy1.size(), seenBy1.toString());
        assertTrue(seenBy1.get(0).contains("@icscf.domain2.test:5060;lr>"));
        assertEquals(rr.get(0), seenBy1.get(1));
        assertFalse(ok.toString().contains("scscf.domain2.test") || ok.toString().contains("pcscf.domain2.test"));

        // ... and coming back into domain1 at icscf1
        Thig.restoreVias(ok, original);
        icscf1.revealRecordRoutes(ok);
        assertEquals(values(original, "Via"), values(ok, "Via"));
        List<String> alicesRr = values(ok, "Record-Route");
        assertEquals(List.of(seenBy1.get(0), "<sip:thig@icscf.domain1.test:5060;lr>",
                "<sip:mo@scscf.domain1.test:5060;lr>", "<sip:orig@pcscf.domain1.test:5060;lr>"), alicesRr);

        // alice's BYE reaches icscf2 on its token: domain2's entries in visiting order
        javax.sip.address.URI token2 = ADDRESSES.createAddress(seenBy1.get(0)).getURI();
        assertTrue(icscf2.isToken(token2));
        assertFalse(icscf1.isToken(token2));
        assertEquals(List.of("<sip:mt@scscf.domain2.test:5060;lr>", "<sip:term@pcscf.domain2.test:5060;lr>"),
                icscf2.routesOf(token2).orElseThrow());
        // carol's BYE reaches icscf1 on its token: domain1's entries in visiting order
        javax.sip.address.URI token1 = ADDRESSES.createAddress(rr.get(0)).getURI();
        assertEquals(List.of("<sip:mo@scscf.domain1.test:5060;lr>", "<sip:orig@pcscf.domain1.test:5060;lr>"),
                icscf1.routesOf(token1).orElseThrow());
        assertTrue(icscf1.isExit(ADDRESSES.createURI("sip:thig@icscf.domain1.test:5060;lr")));
    }

    @Test
    void enteringPutsTheSealedRoutesFirst() throws Exception {
        Request bye = new MessageFactoryImpl().createRequest("BYE sip:carol@[fd00:0:0:2::100]:5062 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP icscf.domain1.test:5060;branch=z9hG4bK9\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:carol@domain2.test>;tag=2\r\n"
                + "Call-ID: c1\r\nCSeq: 3 BYE\r\nMax-Forwards: 66\r\nContent-Length: 0\r\n\r\n");
        icscf2.enter(bye, List.of("<sip:mt@scscf.domain2.test:5060;lr>", "<sip:term@pcscf.domain2.test:5060;lr>"));
        assertEquals(List.of("<sip:mt@scscf.domain2.test:5060;lr>", "<sip:term@pcscf.domain2.test:5060;lr>"),
                values(bye, "Route"));
        assertEquals(1, values(bye, ViaHeader.NAME).size());
    }
}
