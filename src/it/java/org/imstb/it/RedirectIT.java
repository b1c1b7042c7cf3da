package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redirection (RFC 3261 §8.1.3.4, 3xx handled by the originating side): alice calls dave (domain2), whose UE answers
 * 302 Moved Temporarily with Contact sip:bob@domain1.test; the 302 travels back through both cores unchanged and
 * alice's UE calls bob, which answers. Each INVITE is its own originating call through alice's P-CSCF and S-CSCF.
 */
class RedirectIT {

    @Test
    void aliceFollowsDavesRedirectToBob() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        TwoDomainLab.Background bob = lab.start("bob-redir", with(lab.registerAs("ue1", "sip:bob@domain1.test",
                "bob-secret"), "--wait", "25", "--deregister"));
        TwoDomainLab.Background dave = lab.start("dave-redir", with(lab.registerAs("ue2", "sip:dave@domain2.test",
                "dave-secret"), "--wait", "25", "--redirect-to", "sip:bob@domain1.test", "--deregister"));
        try {
            assertTrue(bob.await("waiting 25 s", 60), bob.output());
            assertTrue(dave.await("waiting 25 s", 60), dave.output());
            ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--call", "sip:dave@domain2.test",
                    "--talk", "0", "--deregister"));
            String out = alice.output();
            assertTrue(alice.ok(), out);
            assertTrue(out.contains("  302 -> sip:bob@domain1.test"), out);
            assertTrue(out.contains("INVITE sip:dave@domain2.test: 200 OK"), "the redirected call was answered: " + out);
            assertTrue(dave.await("answered 302", 20), dave.output());
            assertTrue(bob.await("incoming call from sip:alice@domain1.test", 20), bob.output());
        } finally {
            dave.finish(60);
            bob.finish(60);
        }
    }
}
