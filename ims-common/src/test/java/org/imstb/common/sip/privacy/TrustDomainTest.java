package org.imstb.common.sip.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustDomainTest {
    private final TrustDomain trust = new TrustDomain("domain1.test", List.of("Domain2.Test.", "domain1.test"));

    @Test
    void ownAndConfiguredDomainsAreTrustedByName() {
        assertEquals(List.of("domain1.test", "domain2.test"), trust.domains());
        assertTrue(trust.trusts("scscf.domain1.test"));
        assertTrue(trust.trusts("domain2.test"));
        assertTrue(trust.trusts("ICSCF.domain2.test"));
        assertFalse(trust.trusts("domain3.test"));
        assertFalse(trust.trusts("evildomain1.test"), "a suffix is not a sub-domain");
    }

    @Test
    void addressesAreNeverTrusted() {
        assertFalse(trust.trusts("fd00:0:0:1::10"));
        assertFalse(trust.trusts("[fd00:0:0:1::10]"));
        assertFalse(trust.trusts("192.0.2.1"));
        assertFalse(trust.trusts(null));
    }

    @Test
    void ownDomainOnly() {
        assertTrue(trust.isOwn("pcscf.domain1.test"));
        assertFalse(trust.isOwn("pcscf.domain2.test"));
        TrustDomain none = new TrustDomain(null, List.of());
        assertFalse(none.isOwn("pcscf.domain1.test"));
        assertFalse(none.trusts("pcscf.domain1.test"));
    }
}
