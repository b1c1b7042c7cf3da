package org.imstb.common.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.SRVRecord;

class SrvOrderTest {
    private static List<String> targets(List<SRVRecord> records) {
        return records.stream().map(r -> r.getTarget() + ":" + r.getPort()).toList();
    }

    @Test
    void lowerPriorityAlwaysFirst() {
        List<SRVRecord> in = List.of(Records.srv(20, 100, 5060, "c.d.test."), Records.srv(10, 0, 5060, "a.d.test."),
                Records.srv(10, 0, 5070, "b.d.test."));
        for (int seed = 0; seed < 20; seed++) {
            List<String> out = targets(SrvOrder.order(in, new Random(seed)));
            assertEquals("c.d.test.:5060", out.get(2));
            assertEquals(3, out.size());
        }
    }

    @Test
    void weightsShareTheFirstPlaceProportionally() {
        List<SRVRecord> in = List.of(Records.srv(0, 10, 5060, "a.d.test."), Records.srv(0, 30, 5060, "b.d.test."),
                Records.srv(0, 60, 5060, "c.d.test."));
        Map<String, Integer> first = new HashMap<>();
        Random random = new Random(42);
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            first.merge(SrvOrder.order(in, random).get(0).getTarget().toString(), 1, Integer::sum);
        }
        assertEquals(0.10, first.get("a.d.test.") / (double) n, 0.02);
        assertEquals(0.30, first.get("b.d.test.") / (double) n, 0.02);
        assertEquals(0.60, first.get("c.d.test.") / (double) n, 0.02);
    }

    @Test
    void zeroWeightComesLastUnlessTheDrawIsZero() {
        List<SRVRecord> in = List.of(Records.srv(0, 0, 5060, "zero.d.test."), Records.srv(0, 1000, 5060,
                "heavy.d.test."));
        int zeroFirst = 0;
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            if (SrvOrder.order(in, random).get(0).getTarget().toString().equals("zero.d.test.")) {
                zeroFirst++;
            }
        }
        assertTrue(zeroFirst < 20, "weight 0 came first " + zeroFirst + " times");
    }

    @Test
    void allZeroWeightsKeepEveryRecord() {
        List<SRVRecord> in = List.of(Records.srv(0, 0, 5060, "a.d.test."), Records.srv(0, 0, 5060, "b.d.test."));
        assertEquals(2, SrvOrder.order(in, new Random(1)).size());
    }

    @Test
    void rootTargetMeansNoService() {
        assertEquals(List.of(), SrvOrder.order(List.of(Records.srv(0, 0, 0, ".")), new Random()));
    }
}
