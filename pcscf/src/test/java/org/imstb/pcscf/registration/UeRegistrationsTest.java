package org.imstb.pcscf.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The P-CSCF's registered UEs by flow. */
class UeRegistrationsTest {
    private static final String ALICE_FLOW = "2001:db8:1:0:0:0:0:10:5062";
    private static final String BOB_FLOW = "2001:db8:1:0:0:0:0:20:5062";
    private static final String SHARED = "sip:family@domain1.test";

    private final UeRegistrations regs = new UeRegistrations();
    private final UeRegistration alice = new UeRegistration("sip:alice@[2001:db8:1::10]:5062", ALICE_FLOW,
            List.of("sip:alice@domain1.test", "tel:+15551001", SHARED), List.of(), 10_000);
    private final UeRegistration bob = new UeRegistration("sip:bob@[2001:db8:1::20]:5062", BOB_FLOW,
            List.of("sip:bob@domain1.test", SHARED), List.of(), 20_000);

    @Test
    void byFlowRespectsExpiry() {
        regs.put(alice);

        assertSame(alice, regs.byFlow(ALICE_FLOW, 9_999).orElseThrow());
        assertTrue(regs.byFlow(ALICE_FLOW, 10_000).isEmpty());
        assertTrue(regs.byFlow(ALICE_FLOW, 50_000).isEmpty());
        // an expired entry stays until purged
        assertEquals(1, regs.size());
    }

    @Test
    void byFlowIgnoresCaseAndUnknownFlows() {
        UeRegistration named = new UeRegistration("sip:ue@UE1.Domain1.test", "UE1.Domain1.test:5060",
                List.of("sip:ue@domain1.test"), List.of(), 10_000);
        regs.put(named);

        assertSame(named, regs.byFlow("ue1.domain1.test:5060", 0).orElseThrow());
        assertTrue(regs.byFlow(BOB_FLOW, 0).isEmpty());
        assertTrue(regs.byFlow(null, 0).isEmpty());
    }

    @Test
    void aNewRegistrationOnTheSameFlowReplacesTheOld() {
        regs.put(alice);
        UeRegistration again = new UeRegistration(alice.contactUri(), ALICE_FLOW, alice.identities(), List.of(),
                90_000);
        regs.put(again);

        assertEquals(1, regs.size());
        assertSame(again, regs.byFlow(ALICE_FLOW, 50_000).orElseThrow());
    }

    @Test
    void removeContactDropsOnlyThatBinding() {
        regs.put(alice);
        regs.put(bob);

        assertTrue(regs.removeContact("SIP:alice@[2001:db8:1::10]:5062"));
        assertFalse(regs.removeContact("sip:alice@[2001:db8:1::10]:5062"));
        assertEquals(List.of(bob), regs.all());
        assertTrue(regs.byFlow(ALICE_FLOW, 0).isEmpty());
    }

    @Test
    void removeIdentityDropsEveryUeHoldingIt() {
        regs.put(alice);
        regs.put(bob);

        assertEquals(1, regs.removeIdentity("TEL:+15551001"));
        assertEquals(List.of(bob), regs.all());

        regs.put(alice);
        assertEquals(2, regs.removeIdentity(SHARED));
        assertEquals(0, regs.size());
        assertEquals(0, regs.removeIdentity(SHARED));
    }

    @Test
    void hasIdentity() {
        regs.put(alice);

        assertTrue(regs.hasIdentity("sip:alice@domain1.test"));
        assertTrue(regs.hasIdentity("Sip:Alice@Domain1.Test"));
        assertFalse(regs.hasIdentity("sip:bob@domain1.test"));
        regs.put(bob);
        assertTrue(regs.hasIdentity("sip:bob@domain1.test"));
    }

    @Test
    void purgeDropsExpiredBindings() {
        regs.put(alice);
        regs.put(bob);

        assertEquals(0, regs.purge(9_999));
        assertEquals(1, regs.purge(10_000));
        assertEquals(List.of(bob), regs.all());
        assertEquals(1, regs.purge(20_000));
        assertEquals(0, regs.size());
        assertEquals(0, regs.purge(30_000));
    }
}
