package org.imstb.ue.as;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import javax.sip.message.Request;

import org.imstb.ue.as.testing.Messages;
import org.junit.jupiter.api.Test;

/** Which service a request is for and which Route entries are the AS's (endpoint as1.domain1.test, not started). */
class ServiceRoutingTest {
    private static Request withRoutes(String requestUri, String... routes) throws Exception {
        String[] lines = new String[8 + routes.length];
        lines[0] = "INVITE " + requestUri + " SIP/2.0";
        lines[1] = "Via: SIP/2.0/UDP scscf.domain1.test;branch=z9hG4bK1";
        lines[2] = "From: <sip:alice@domain1.test>;tag=a";
        lines[3] = "To: <sip:bob@domain1.test>";
        lines[4] = "Call-ID: r1";
        lines[5] = "CSeq: 1 INVITE";
        lines[6] = "Max-Forwards: 70";
        lines[7] = "P-Served-User: <sip:alice@domain1.test>;sescase=orig;regstate=reg";
        for (int i = 0; i < routes.length; i++) {
            lines[8 + i] = "Route: " + routes[i];
        }
        return Messages.request(lines);
    }

    @Test
    void theUserPartOfTheOwnTopRouteNamesTheService() throws Exception {
        Request r = withRoutes("sip:bob@domain1.test", "<sip:voicemail@as1.domain1.test;lr>",
                "<sip:orig@scscf.domain1.test;lr;odi=abc>");
        assertEquals(Optional.of("voicemail"), ServiceRouting.serviceName(Messages.SIP, r));
        assertEquals(List.of("sip:orig@scscf.domain1.test;lr;odi=abc"), ServiceRouting.remainingRoutes(
                Messages.SIP, r).stream().map(a -> a.getURI().toString()).toList());
        ServiceRouting.removeOwnRoute(Messages.SIP, r);
        assertEquals("<sip:orig@scscf.domain1.test;lr;odi=abc>",
                r.getHeader("Route").toString().trim().replace("Route: ", ""));
    }

    @Test
    void withoutAnOwnRouteTheRequestUriDecides() throws Exception {
        assertEquals(Optional.of("thirdparty"), ServiceRouting.serviceName(Messages.SIP,
                withRoutes("sip:thirdparty@as1.domain1.test")));
        assertEquals(Optional.of("bob"), ServiceRouting.serviceName(Messages.SIP,
                withRoutes("sip:bob@domain1.test", "<sip:orig@scscf.domain1.test;lr>")), "a Route that is not ours");
        assertEquals(Optional.of("bob"), ServiceRouting.serviceName(Messages.SIP,
                withRoutes("sip:bob@domain1.test", "<sip:as1.domain1.test;lr>")), "our Route without a user");
        assertEquals(Optional.empty(), ServiceRouting.serviceName(Messages.SIP, withRoutes("sip:as1.domain1.test")));
    }

    @Test
    void ownUrisByHostOrAddressWithOurPortOrNone() throws Exception {
        var a = Messages.SIP.addresses();
        assertTrue(ServiceRouting.isOwn(Messages.SIP, a.createURI("sip:proxy@as1.domain1.test;lr")), "SRV-located");
        assertTrue(ServiceRouting.isOwn(Messages.SIP, a.createURI("sip:proxy@AS1.domain1.test")));
        assertTrue(ServiceRouting.isOwn(Messages.SIP, a.createURI("sip:proxy@[::1];lr")));
        assertFalse(ServiceRouting.isOwn(Messages.SIP, a.createURI("sip:proxy@as1.domain1.test:5999;lr")),
                "another port is another node");
        assertFalse(ServiceRouting.isOwn(Messages.SIP, a.createURI("sip:proxy@as2.domain1.test;lr")));
        assertFalse(ServiceRouting.isOwn(Messages.SIP, a.createURI("tel:+15551001")));
        assertTrue(ServiceRouting.loopsBack(Messages.SIP, false, a.createURI("sip:proxy@as1.domain1.test")));
        assertFalse(ServiceRouting.loopsBack(Messages.SIP, true, a.createURI("sip:proxy@as1.domain1.test")));
    }

    @Test
    void theServedUserIsReadFromItsHeader() throws Exception {
        ServedUser u = ServedUser.of(withRoutes("sip:bob@domain1.test")).orElseThrow();
        assertEquals(new ServedUser("sip:alice@domain1.test", "orig", "reg"), u);
        assertEquals(Optional.of(new ServedUser("sip:bob@domain1.test", "term", null)),
                ServedUser.parse("\"Bob\" <sip:bob@domain1.test>;sescase=term"));
        assertEquals(Optional.empty(), ServedUser.parse("sip:bob@domain1.test"), "the name-addr form only");
    }
}
