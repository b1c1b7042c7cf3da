package org.imstb.scscf.isc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OdiTableTest {
    private final IscContext context = IscContext.start("sip:alice@domain1.test", SessionCase.ORIGINATING, true,
            null, "sip:carol@domain2.test");

    @Test
    void aTokenFindsItsChainUntilItExpires() {
        OdiTable odis = new OdiTable(1000);
        String token = odis.put(context.after(2), 10_000);
        assertEquals(2, odis.get(token, 10_500).orElseThrow().position());
        assertEquals(1, odis.get(token, 10_500).orElseThrow().invocations());
        assertTrue(odis.get(token, 11_001).isEmpty(), "expired");
        odis.purge(11_001);
        assertEquals(0, odis.size());
    }

    @Test
    void tokensAreDistinctAndUnknownOnesFindNothing() {
        OdiTable odis = new OdiTable(1000);
        assertNotEquals(odis.put(context, 0), odis.put(context, 0));
        assertTrue(odis.get("nope", 0).isEmpty());
        assertTrue(odis.get(null, 0).isEmpty());
    }

    @Test
    void chainsKnowTheirSide() {
        assertTrue(context.originating());
        assertTrue(!IscContext.start("sip:carol@domain2.test", SessionCase.TERMINATING_UNREGISTERED, false, null,
                "sip:carol@domain2.test").originating());
    }
}
