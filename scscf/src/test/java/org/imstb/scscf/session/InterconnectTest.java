package org.imstb.scscf.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.sip.header.RouteHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.header.ims.PChargingVectorHeader;
import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.junit.jupiter.api.Test;

/** orig-ioi and the THIG exit on the way out, term-ioi on the way back (TS 24.229 §5.4.3.2/§5.4.3.3). */
class InterconnectTest {
    private static Interconnect interconnect(String exit) {
        return new Interconnect("domain1.test", exit, new HeaderFactoryImpl(), new AddressFactoryImpl());
    }

    private static Request invite(String target) throws Exception {
        return new MessageFactoryImpl().createRequest("INVITE " + target + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP pcscf.domain1.test;branch=z9hG4bK1;received=fd00:0:0:1::10\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <" + target + ">\r\n"
                + "Call-ID: c1\r\nCSeq: 1 INVITE\r\nMax-Forwards: 69\r\n"
                + "P-Charging-Vector: icid-value=abc\r\nContent-Length: 0\r\n\r\n");
    }

    @Test
    void anotherOperatorsTargetLeavesThroughTheExitWithOurOrigIoi() throws Exception {
        Request out = invite("sip:carol@domain2.test");
        interconnect("sip:thig@icscf.domain1.test:5060").originating(out);
        assertEquals("<sip:thig@icscf.domain1.test:5060;lr>",
                ((RouteHeader) out.getHeader(RouteHeader.NAME)).getAddress().toString());
        assertEquals("domain1.test", ((PChargingVectorHeader) out.getHeader("P-Charging-Vector")).getOriginatingIOI());
    }

    @Test
    void ourOwnDomainOrNoExitGoesStraight() throws Exception {
        Request own = invite("sip:bob@domain1.test");
        interconnect("sip:thig@icscf.domain1.test:5060").originating(own);
        assertNull(own.getHeader(RouteHeader.NAME));
        Request direct = invite("sip:carol@domain2.test");
        interconnect(null).originating(direct);
        assertNull(direct.getHeader(RouteHeader.NAME));
    }

    @Test
    void terminatingResponsesCarryTermIoi() throws Exception {
        Request in = invite("sip:bob@domain1.test");
        ((PChargingVectorHeader) in.getHeader("P-Charging-Vector")).setOriginatingIOI("domain2.test");
        Response ok = new MessageFactoryImpl().createResponse(200, in);
        ok.removeHeader("P-Charging-Vector");
        interconnect(null).terminating(in).onResponse(ok);
        PChargingVectorHeader pcv = (PChargingVectorHeader) ok.getHeader("P-Charging-Vector");
        assertEquals("abc", pcv.getICID());
        assertEquals("domain2.test", pcv.getOriginatingIOI());
        assertEquals("domain1.test", pcv.getTerminatingIOI());
    }
}
