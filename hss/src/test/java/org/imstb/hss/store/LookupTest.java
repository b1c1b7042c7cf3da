package org.imstb.hss.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.imstb.hss.model.AuthScheme;
import org.imstb.hss.model.IdentityType;
import org.imstb.hss.model.PrivateIdentity;
import org.imstb.hss.model.PublicIdentity;
import org.imstb.hss.model.ServerCapabilities;
import org.imstb.hss.model.SubscriptionData;
import org.junit.jupiter.api.Test;

class LookupTest extends DemoStoreTest {
    @Test
    void findsPublicIdentitiesExactlyAndNormalised() {
        PublicIdentity alice = store.findPublic("sip:alice@domain1.test").orElseThrow();
        assertEquals("Alice", alice.displayName());
        assertEquals("default", alice.serviceProfile());
        assertEquals("sip:alice@domain1.test", store.findPublic("SIP:alice@DOMAIN1.TEST;user=phone").orElseThrow()
                .identity());
        assertEquals("tel:+15551001", store.findPublic("tel:+1-555-1001").orElseThrow().identity());
        assertTrue(store.findPublic("sip:ALICE@domain1.test").isEmpty(), "the user part keeps its case");
        assertTrue(store.findPublic("sip:nobody@domain1.test").isEmpty());
        assertTrue(store.findPublic("").isEmpty());
    }

    @Test
    void findsWildcardedPsis() {
        PublicIdentity psi = store.findPublic("sip:chat-room42@domain1.test").orElseThrow();
        assertEquals("sip:chat-!.*!@domain1.test", psi.identity());
        assertEquals(IdentityType.WILDCARDED_PSI, psi.type());
        assertFalse(psi.canRegister());
        assertTrue(store.findPublic("sip:chatroom42@domain1.test").isEmpty());
        assertTrue(store.isAssociated("chat@domain1.test", "sip:chat-room42@domain1.test"));
        assertEquals("sip:chat-!.*!@domain1.test", store.implicitSet("sip:chat-x@domain1.test").get(0).identity());
    }

    @Test
    void findsPrivateIdentitiesWithCredentials() {
        PrivateIdentity alice = store.findPrivate("alice@domain1.test").orElseThrow();
        assertEquals(Fixtures.aka(0), alice.aka());
        assertEquals(java.util.Set.of(AuthScheme.DIGEST_AKAV1_MD5), alice.authSchemes());
        assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001"), alice.publicIdentities());
        PrivateIdentity bob = store.findPrivate("bob@domain1.test").orElseThrow();
        assertEquals("bob-secret", bob.digest().password());
        assertTrue(bob.allows(AuthScheme.SIP_DIGEST));
        assertTrue(store.findPrivate("carol@domain1.test").isEmpty());
    }

    @Test
    void associationNeedsTheSameSubscriptionAndTheList() {
        assertTrue(store.isAssociated("alice@domain1.test", "sip:alice@domain1.test"));
        assertTrue(store.isAssociated("alice@domain1.test", "tel:+15551001"));
        assertFalse(store.isAssociated("alice@domain1.test", "sip:alice-barred@domain1.test"), "not listed");
        assertFalse(store.isAssociated("alice@domain1.test", "sip:bob@domain1.test"));
        assertFalse(store.isAssociated("bob@domain1.test", "sip:alice@domain1.test"));
        assertFalse(store.isAssociated("nobody@domain1.test", "sip:alice@domain1.test"));
    }

    @Test
    void implicitSetPutsTheAskedIdentityFirst() {
        assertEquals(List.of("tel:+15551001", "sip:alice@domain1.test"),
                store.implicitSet("tel:+15551001").stream().map(PublicIdentity::identity).toList());
        assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001"),
                store.implicitSet("sip:alice@domain1.test").stream().map(PublicIdentity::identity).toList());
        assertEquals(List.of("sip:alice-barred@domain1.test"),
                store.implicitSet("sip:alice-barred@domain1.test").stream().map(PublicIdentity::identity).toList());
        assertTrue(store.implicitSet("sip:nobody@domain1.test").isEmpty());
    }

    @Test
    void subscriptionDataHoldsTheSetProfilesAndServers() {
        SubscriptionData d = store.subscriptionFor("alice@domain1.test", "sip:alice@domain1.test").orElseThrow();
        assertEquals("alice", d.subscription());
        assertEquals("alice@domain1.test", d.privateIdentity());
        assertEquals(1, d.profiles().size());
        assertEquals(Fixtures.profile(), d.profiles().get(0).profile());
        assertEquals(2, d.profiles().get(0).publicIdentities().size());
        assertEquals(List.of(Fixtures.as()), d.applicationServers());
        assertEquals("alice@domain1.test",
                store.subscriptionFor(null, "tel:+15551001").orElseThrow().privateIdentity());
        assertTrue(store.subscriptionFor("bob@domain1.test", "sip:alice@domain1.test").isEmpty());
        assertTrue(store.subscriptionFor(null, "sip:nobody@domain1.test").isEmpty());
        SubscriptionData barred = store.subscriptionFor(null, "sip:alice-barred@domain1.test").orElseThrow();
        assertEquals("", barred.profiles().get(0).profile().name(), "no profile: an empty one");
        assertTrue(barred.applicationServers().isEmpty());
    }

    @Test
    void capabilitiesAndScscfs() {
        assertEquals(new ServerCapabilities(List.of(1), List.of(2), List.of(Fixtures.SCSCF)),
                store.serverCapabilities("tel:+15551001").orElseThrow());
        assertEquals(new ServerCapabilities(List.of(), List.of(), List.of()),
                store.serverCapabilities("sip:bob@domain1.test").orElseThrow());
        assertEquals(List.of(Fixtures.scscf()), store.scscfs());
        assertEquals(Fixtures.scscf(), store.scscf(Fixtures.SCSCF).orElseThrow());
    }
}
