package org.imstb.hss.cx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NetworkInitiatedTest {
    @Test
    void scscfDiameterHostIsTheHostOfItsSipUri() {
        assertEquals("scscf.domain1.test", NetworkInitiated.diameterHost("sip:scscf.domain1.test:6060"));
        assertEquals("scscf.domain1.test", NetworkInitiated.diameterHost("sip:scscf.domain1.test"));
        assertEquals("scscf.domain1.test", NetworkInitiated.diameterHost("SIP:orig@scscf.domain1.test;lr"));
        assertEquals("scscf.domain1.test", NetworkInitiated.diameterHost("sips:scscf.domain1.test:5061;transport=tls"));
    }
}
