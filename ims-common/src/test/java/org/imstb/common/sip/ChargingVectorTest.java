package org.imstb.common.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.header.ims.PChargingVectorHeader;
import gov.nist.javax.sip.message.MessageFactoryImpl;

import org.junit.jupiter.api.Test;

/** RFC 3455 P-Charging-Vector: icid once, orig-ioi on the way out, term-ioi in the answer. */
class ChargingVectorTest {
    private static Request invite(String pcv) throws Exception {
        String text = "INVITE sip:carol@domain2.test SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP pcscf.domain1.test;branch=z9hG4bK1\r\n"
                + "From: <sip:alice@domain1.test>;tag=1\r\nTo: <sip:carol@domain2.test>\r\n"
                + "Call-ID: c1\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\n"
                + (pcv == null ? "" : "P-Charging-Vector: " + pcv + "\r\n")
                + "Content-Length: 0\r\n\r\n";
        return new MessageFactoryImpl().createRequest(text);
    }

    @Test
    void theOriginatingPcscfGeneratesAFreshIcid() throws Exception {
        Request r = invite("icid-value=fromtheue");
        String icid = ChargingVector.generate(new HeaderFactoryImpl(), r);
        assertEquals(icid, ChargingVector.of(r).getICID());
        assertNotEquals("fromtheue", icid);
        assertEquals(32, icid.length());
        assertNotEquals(icid, ChargingVector.generate(new HeaderFactoryImpl(), invite(null)));
    }

    @Test
    void theOriginatingScscfSetsOrigIoi() throws Exception {
        Request r = invite("icid-value=abc;term-ioi=forged");
        ChargingVector.originating(r, "domain1.test");
        PChargingVectorHeader pcv = ChargingVector.of(r);
        assertEquals("abc", pcv.getICID());
        assertEquals("domain1.test", pcv.getOriginatingIOI());
        assertNull(pcv.getTerminatingIOI());
        Request none = invite(null);
        ChargingVector.originating(none, "domain1.test");
        assertNull(ChargingVector.of(none), "nothing to add to");
    }

    @Test
    void theTerminatingSideAnswersWithTermIoi() throws Exception {
        Request r = invite("icid-value=abc;orig-ioi=domain1.test");
        Response ok = new MessageFactoryImpl().createResponse(200, r);
        ok.removeHeader(ChargingVector.NAME);
        ChargingVector.answer(r, ok, null);
        assertEquals("abc", ChargingVector.of(ok).getICID());
        assertNull(ChargingVector.of(ok).getTerminatingIOI());
        ChargingVector.answer(r, ok, "domain2.test");
        PChargingVectorHeader pcv = ChargingVector.of(ok);
        assertEquals("abc", pcv.getICID());
        assertEquals("domain1.test", pcv.getOriginatingIOI());
        assertEquals("domain2.test", pcv.getTerminatingIOI());
        assertEquals("P-Charging-Vector: icid-value=abc;orig-ioi=domain1.test;term-ioi=domain2.test",
                pcv.toString().trim());
        ChargingVector.answer(r, ok, null);
        assertEquals("domain2.test", ChargingVector.of(ok).getTerminatingIOI(), "a term-ioi already set stays");
        ChargingVector.remove(ok);
        assertNull(ChargingVector.of(ok));
    }
}
