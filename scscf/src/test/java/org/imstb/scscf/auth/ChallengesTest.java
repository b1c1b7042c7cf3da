package org.imstb.scscf.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.imstb.scscf.auth.Challenges.NonceCheck;
import org.junit.jupiter.api.Test;

/** Outstanding challenges: lifetime, nonce-count replay protection (RFC 2617 §3.2.2) and failure counting. */
class ChallengesTest {
    private static final long LIFETIME = 60_000;
    private static final long ISSUED = 1_000_000;
    private static final String ALICE = "alice@domain1.test";

    private final Challenges challenges = new Challenges(LIFETIME);

    private static Challenge md5(String impi, String nonce, long issuedMs) {
        byte[] none = new byte[0];
        return new Challenge(impi, "sip:" + impi, AuthScheme.MD5, "domain1.test", nonce,
                "939e7578ed9e3c518a452acee763bce9".getBytes(StandardCharsets.US_ASCII), none, issuedMs);
    }

    @Test
    void aFreshNonceWithCountOneIsOk() {
        challenges.add(md5(ALICE, "n1", ISSUED));

        assertEquals(NonceCheck.OK, challenges.check("n1", ALICE, 1, ISSUED + 10));
        assertEquals(1, challenges.size());
    }

    @Test
    void anotherImpiOrAnUnknownNonceIsUnknown() {
        challenges.add(md5(ALICE, "n1", ISSUED));

        assertEquals(NonceCheck.UNKNOWN, challenges.check("n1", "bob@domain1.test", 1, ISSUED));
        assertEquals(NonceCheck.UNKNOWN, challenges.check("n2", ALICE, 1, ISSUED));
        assertEquals(NonceCheck.UNKNOWN, challenges.check(null, ALICE, 1, ISSUED));
        // the nonce is still usable by its owner, impi compared ignoring case
        assertEquals(NonceCheck.OK, challenges.check("n1", "Alice@Domain1.test", 1, ISSUED));
    }

    @Test
    void afterTheLifetimeTheNonceIsStaleAndForgotten() {
        challenges.add(md5(ALICE, "n1", ISSUED));
        challenges.add(md5(ALICE, "n2", ISSUED));

        assertEquals(NonceCheck.OK, challenges.check("n2", ALICE, 1, ISSUED + LIFETIME));
        assertEquals(NonceCheck.STALE, challenges.check("n1", ALICE, 1, ISSUED + LIFETIME + 1));
        assertEquals(1, challenges.size());
        assertEquals(NonceCheck.UNKNOWN, challenges.check("n1", ALICE, 2, ISSUED + LIFETIME + 1));
    }

    @Test
    void aCountNotAboveTheLastAcceptedIsReplayed() {
        challenges.add(md5(ALICE, "n1", ISSUED));

        assertEquals(NonceCheck.OK, challenges.check("n1", ALICE, 1, ISSUED));
        assertEquals(NonceCheck.REPLAYED, challenges.check("n1", ALICE, 1, ISSUED));
        assertEquals(NonceCheck.OK, challenges.check("n1", ALICE, 2, ISSUED));
        assertEquals(NonceCheck.REPLAYED, challenges.check("n1", ALICE, 1, ISSUED));
        // counts may jump; a replay does not move the last accepted count
        assertEquals(NonceCheck.OK, challenges.check("n1", ALICE, 5, ISSUED));
        assertEquals(NonceCheck.REPLAYED, challenges.check("n1", ALICE, 5, ISSUED));
        assertEquals(NonceCheck.REPLAYED, challenges.check("n1", ALICE, 3, ISSUED));
    }

    @Test
    void aCountOfZeroIsNeverAccepted() {
        challenges.add(md5(ALICE, "n1", ISSUED));
        assertEquals(NonceCheck.REPLAYED, challenges.check("n1", ALICE, 0, ISSUED));
    }

    @Test
    void findReturnsTheChallengeOnlyForItsImpi() {
        Challenge c = md5(ALICE, "n1", ISSUED);
        challenges.add(c);

        assertSame(c, challenges.find("n1", "ALICE@domain1.test").orElseThrow());
        assertTrue(challenges.find("n1", "bob@domain1.test").isEmpty());
        assertTrue(challenges.find("n9", ALICE).isEmpty());
        assertTrue(challenges.find(null, ALICE).isEmpty());
    }

    @Test
    void removeForgetsANonce() {
        challenges.add(md5(ALICE, "n1", ISSUED));
        challenges.remove("n1");

        assertEquals(0, challenges.size());
        assertEquals(NonceCheck.UNKNOWN, challenges.check("n1", ALICE, 1, ISSUED));
    }

    @Test
    void failuresAreCountedPerImpiAndResetBySuccess() {
        assertEquals(1, challenges.failed(ALICE));
        assertEquals(2, challenges.failed("ALICE@domain1.test"));
        assertEquals(1, challenges.failed("bob@domain1.test"));

        challenges.succeeded("Alice@Domain1.Test");

        assertEquals(1, challenges.failed(ALICE));
        assertEquals(2, challenges.failed("bob@domain1.test"));
    }

    @Test
    void purgeDropsOnlyExpiredChallenges() {
        challenges.add(md5(ALICE, "old", ISSUED));
        challenges.add(md5(ALICE, "new", ISSUED + 50_000));

        assertEquals(0, challenges.purge(ISSUED + LIFETIME));
        assertEquals(1, challenges.purge(ISSUED + LIFETIME + 1));

        assertEquals(1, challenges.size());
        assertTrue(challenges.find("old", ALICE).isEmpty());
        assertTrue(challenges.find("new", ALICE).isPresent());
        assertEquals(1, challenges.purge(ISSUED + 50_000 + LIFETIME + 1));
        assertEquals(0, challenges.size());
    }

    @Test
    void purgeForgetsChallengesAlreadyRemovedOrReplaced() {
        challenges.add(md5(ALICE, "gone", ISSUED));
        challenges.add(md5(ALICE, "again", ISSUED));
        challenges.remove("gone");
        challenges.add(md5(ALICE, "again", ISSUED + 50_000));

        assertEquals(0, challenges.purge(ISSUED + LIFETIME + 1), "the removed and the replaced one count for nothing");
        assertTrue(challenges.find("again", ALICE).isPresent(), "the newer challenge under the same nonce stays");
        assertEquals(1, challenges.purge(ISSUED + 50_000 + LIFETIME + 1));
        assertEquals(0, challenges.size());
    }
}
