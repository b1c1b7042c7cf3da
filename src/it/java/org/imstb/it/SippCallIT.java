package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.imstb.it.SippLab.Side;
import org.imstb.topology.runtime.LabState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent client places an inter-operator call with a reliable provisional response (RFC 3262): SIPp as UAS,
 * registered as dave@domain2.test from ue2, and SIPp as UAC, registered as bob@domain1.test from ue1, both with SIP
 * Digest (MD5). bob's INVITE ({@code Supported: 100rel}, SDP offer) goes along his Service-Route through both
 * operators' cores; dave answers {@code 183 Session Progress} with {@code Require: 100rel}, RSeq and the SDP answer;
 * bob PRACKs it inside the early dialog ([routes] = the 183's Record-Route reversed, Request-URI = its Contact), dave
 * answers the PRACK, rings, answers 200; ACK and BYE follow the route set; both deregister.
 * <p>
 * On netns SIPp runs inside the UE namespaces (the prefix {@code imstb exec ueN --} would add: {@code ip netns exec
 * imstb-<lab>-ueN}) at the UEs' addresses, each on port 5080 (the namespaces are private), towards its P-CSCF at
 * {@code [<pcscf address>]:5060}. On the local runtime every node is a process on {@code ::1}, so the two SIPps take
 * free ports on {@code ::1} (signalling and media) and reach the P-CSCFs at their own ports: the P-CSCF tells its UEs
 * apart by the flow (address and port), so that works too.
 * <p>
 * One SIPp call has one Call-ID. The UAC therefore registers, calls and deregisters in a single call (its REGISTERs
 * and its INVITE dialog share the Call-ID; the Service-Route is captured from the 200 with {@code <ereg>}), while
 * dave's side is three SIPp runs on the same address and port: register (exit 0 = registered, which also orders it
 * before the call), the UAS scenario (the INVITE carries bob's Call-ID, which a registering call could not match),
 * deregister. SIPp 3.6 quirks met on the way: a variable assigned by {@code <ereg>} but never used again is a scenario
 * error ("referenced 1 times"), so every captured value is also logged; a header searched with {@code search_in="hdr"}
 * keeps its leading space (no {@code ^} anchors); {@code [last_*]} is always the last received message, so the 180
 * and 200 of the INVITE after the PRACK use the INVITE's Via, Record-Route, From, To and CSeq saved in variables; a
 * {@code >} inside an attribute (e.g. a regexp {@code [^>]}) makes SIPp's XML parser reject the file; and a response
 * {@code <recv>} without {@code response_txn} matches any method sent so far, so the INVITE and the PRACK use
 * transactions. Not a quirk but seen on the local runtime: the 180 may overtake the PRACK's 200 (two transactions
 * through six proxies), so the UAC takes the 180 before or after it.
 */
class SippCallIT {
    @TempDir
    static Path dir;
    static TwoDomainLab lab;
    static LabState state;

    @BeforeAll
    static void lab() throws Exception {
        assumeTrue(SippFiles.onPath(SippLab.SIPP),
                "SIPp is not installed: install the Debian package sip-tester (binary sipp)");
        lab = TwoDomainLab.get();
        state = lab.state();
    }

    @Test
    void bobCallsDaveWithPrackThroughBothOperators() throws Exception {
        Path work = Files.createTempDirectory(dir, "call-");
        Path register = SippFiles.resource("register-md5.xml", work);
        Path uasXml = SippFiles.resource("uas-prack-dave.xml", work);
        Path uacXml = SippFiles.resource("uac-prack-bob.xml", work);
        Side bob = Side.of(state, "ue1", "pcscf1");
        Side dave = Side.of(state, "ue2", "pcscf2");

        int registered = SippLab.run(state, work, "dave-register", dave, registerDave(dave, register, 600), 60);
        assertEquals(0, registered, () -> "dave's REGISTER failed\n" + report(work));
        Process uas = null;
        int uac = -1;
        int uasExit = -1;
        try {
            uas = SippLab.start(state, work, "dave-uas", dave, SippLab.withRemote(dave.local(uasXml), null));
            assertTrue(SippLab.awaitBound(state, dave, 10), () -> "the UAS did not bind " + dave.ip() + " port "
                    + dave.port() + "\n" + report(work));
            List<String> call = bob.local(uacXml);
            call.addAll(List.of("-key", "pcscf_uri", bob.pcscfUri(), "-au", "bob@domain1.test", "-ap", "bob-secret",
                    "-auth_uri", "domain1.test"));
            uac = SippLab.run(state, work, "bob-uac", bob, SippLab.withRemote(call, bob.remote()), 60);
            uasExit = SippLab.finish(uas, 30);
        } finally {
            if (uas != null && uas.isAlive()) {
                uas.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            SippLab.run(state, work, "dave-deregister", dave, registerDave(dave, register, 0), 60);
        }
        int uacExit = uac;
        int uasResult = uasExit;
        assertEquals(0, uacExit, () -> "SIPp UAC (bob) exited with " + uacExit + "\n" + report(work));
        assertEquals(0, uasResult, () -> "SIPp UAS (dave) exited with " + uasResult + "\n" + report(work));
        String logs = SippLab.logs(work);
        assertTrue(logs.contains("183 (100rel) with RSeq 1"), () -> logs + report(work));
        assertTrue(logs.contains("PRACK with RAck 1 10 INVITE"), () -> logs + report(work));
        assertTrue(logs.contains("200 OK for 10 INVITE"), () -> logs + report(work));
        // dave's own operator stays on the path (THIG may hide domain1's entries)
        assertTrue(logs.matches("(?s).*INVITE \\(100rel\\) from sip:bob@domain1\\.test with Record-Route .*"
                + "sip:term@pcscf\\.domain2\\.test.*sip:mt@scscf\\.domain2\\.test.*"), () -> logs + report(work));
    }

    private static List<String> registerDave(Side dave, Path scenario, int expires) {
        List<String> cmd = dave.local(scenario);
        cmd.addAll(List.of("-key", "ue_user", "dave", "-key", "ue_domain", "domain2.test", "-key", "reg_expires",
                Integer.toString(expires), "-au", "dave@domain2.test", "-ap", "dave-secret", "-auth_uri",
                "domain2.test"));
        return SippLab.withRemote(cmd, dave.remote());
    }

    private static String report(Path work) {
        return SippLab.report(work, lab);
    }
}
