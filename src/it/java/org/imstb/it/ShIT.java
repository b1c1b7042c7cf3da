package org.imstb.it;

import static org.imstb.it.TwoDomainLab.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sh between the example AS and the HSS (TS 29.328/29.329), driven by third-party registration: each time alice
 * registers, as1 reads her IMS user state and her repository data (UDR) and writes the data back with one more
 * registration counted and the next sequence number (PUR); the HSS accepts (2001) because as1 is an allowed Sh
 * peer. Two registrations in a row leave the count one higher each time.
 */
class ShIT {
    private static final Pattern COUNT = Pattern.compile("<registrations>(\\d+)</registrations>");
    private static final Pattern SEQUENCE = Pattern.compile("<SequenceNumber>(\\d+)</SequenceNumber>");

    @Test
    void eachRegistrationIsCountedInTheRepositoryData() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        int[] first = registerAndReadCount(lab);
        int[] second = registerAndReadCount(lab);
        assertEquals(first[0] + 1, second[0], "one more registration counted");
        assertEquals(first[1] + 1, second[1], "the next sequence number");
    }

    /** Registers alice once; returns the registration count and sequence number as1's PUR wrote for her. */
    private static int[] registerAndReadCount(TwoDomainLab lab) throws Exception {
        long since = LabTraces.nowNs();
        ImstbCli.Result alice = lab.run(90, with(lab.register("ue1"), "--deregister"));
        assertTrue(alice.ok(), alice.output());
        List<LabTraces.Traced> t = LabTraces.await(lab.runDir(), List.of("hss1"), since,
                r -> r.received() && r.summary().startsWith("PUR") && r.message().contains("alice"), 20);
        String dump = IscTraces.dump(t);
        assertTrue(t.stream().anyMatch(r -> r.received() && r.summary().startsWith("UDR")
                && r.message().contains("as1.domain1.test")), "as1 read alice's data: " + dump);
        LabTraces.Traced pur = t.stream().filter(r -> r.received() && r.summary().startsWith("PUR")
                && r.message().contains("alice")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(dump));
        assertTrue(pur.message().contains("imstb-example"), pur.message());
        Matcher count = COUNT.matcher(pur.message());
        Matcher seq = SEQUENCE.matcher(pur.message());
        assertTrue(count.find() && seq.find(), pur.message());
        List<LabTraces.Traced> answers = LabTraces.await(lab.runDir(), List.of("hss1"), since,
                r -> !r.received() && r.summary().startsWith("PUA"), 10);
        assertTrue(answers.stream().anyMatch(r -> !r.received() && r.summary().startsWith("PUA")
                && r.summary().contains("2001")), "the HSS accepted: " + IscTraces.dump(answers));
        return new int[] {Integer.parseInt(count.group(1)), Integer.parseInt(seq.group(1))};
    }
}
