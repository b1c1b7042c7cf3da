package org.imstb.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TS 24.228 session set-up with QoS preconditions across operators (RFC 3262, 3311, 3312): INVITE with
 * {@code Require: precondition} and an offer whose segments are not reserved → 183 Session Progress, reliable
 * ({@code Require: 100rel}, RSeq), with the answer → PRACK → 200 → UPDATE (our segment reserved) → 200 (both met) →
 * 180 → 200 → ACK. PRACK and UPDATE travel inside the early dialog along its Record-Route through both operators.
 */
class PreconditionsIT {

    @Test
    void callWithPreconditionsFollowsTheTs24228Flow() throws Exception {
        TwoDomainLab lab = TwoDomainLab.get();
        List<String> carolArgs = new ArrayList<>(lab.register("ue2"));
        carolArgs.addAll(List.of("--wait", "25", "--deregister"));
        TwoDomainLab.Background carol = lab.start("carol-qos", carolArgs);
        try {
            assertTrue(carol.await("waiting 25 s", 60), carol.output());
            List<String> alice = new ArrayList<>(lab.register("ue1"));
            alice.addAll(List.of("--call", "sip:carol@domain2.test", "--preconditions", "--talk", "0",
                    "--deregister"));
            String since = java.time.Instant.now().toString();
            ImstbCli.Result call = lab.run(90, alice);
            String out = call.output();
            assertTrue(call.ok(), out);
            assertTrue(out.contains("INVITE sip:carol@domain2.test: 200 OK"), out);
            assertTrue(out.matches("(?s).*provisional \\[[^]]*183[^]]*180[^]]*].*"), "183 then 180: " + out);
            assertTrue(out.contains("PRACK 200 (for 183)"), out);
            assertTrue(out.contains("UPDATE 200 (preconditions met)"), out);
            assertTrue(carol.await("answered 200", 20), carol.output());
            // the whole exchange as the nodes recorded it, against the TS 24.228 flow (imstb trace check)
            ImstbCli.Result flow = lab.run(60, List.of("trace", "check", "call-preconditions", "--since", since));
            assertTrue(flow.ok(), flow.output());
        } finally {
            carol.finish(60);
        }
    }
}
