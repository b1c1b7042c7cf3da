package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.imstb.common.trace.Protocol;
import org.junit.jupiter.api.Test;

class TraceFilterTest {
    private final TraceSet lab1 = Traces.loadLab1();

    private List<TraceMessage> user(String user) {
        return lab1.messages(new TraceFilter(null, user, null, null, null));
    }

    @Test
    void userInAnyForm() {
        List<TraceMessage> alice = user("sip:alice@domain1.test");
        assertEquals(25, alice.size());
        assertEquals(alice, user("alice@domain1.test"));
        assertEquals(alice, user("ALICE"));
        assertEquals(48, user("bob").size());
        assertTrue(alice.stream().noneMatch(m -> m.namesUser("bob")));
        assertEquals(List.of("scscf1 -> icscf1 200 OK", "icscf1 -> pcscf1 200 OK", "pcscf1 -> ue1 200 OK"),
                Traces.arrows(user("tel:+15551001")), "the tel URI is only in P-Associated-URI");
    }

    @Test
    void diameterAnswersCountForTheirRequestsUser() {
        assertTrue(user("alice").stream().anyMatch(m -> m.label().equals("UAA 2002")), "UAA carries no User-Name");
    }

    @Test
    void callIdBringsItsDiameterAlong() {
        String callId = user("alice").get(0).callId();
        List<TraceMessage> call = lab1.messages(new TraceFilter(callId, null, null, null, null));
        assertEquals(13, call.stream().filter(m -> m.protocol() == Protocol.SIP).count());
        assertEquals(List.of("UAR", "UAA 2001", "MAR", "MAA 2001", "UAR", "UAA 2002", "SAR", "SAA 2001"),
                call.stream().filter(m -> m.protocol() == Protocol.DIAMETER).map(TraceMessage::label).toList());
        assertTrue(call.stream().filter(m -> m.protocol() == Protocol.SIP).allMatch(m -> callId.equals(m.callId())));
    }

    @Test
    void nodes() {
        List<TraceMessage> hss2 = lab1.messages(new TraceFilter(null, null, Set.of("hss2"), null, null));
        assertEquals(16, hss2.size());
        assertTrue(hss2.stream().allMatch(m -> m.protocol() == Protocol.DIAMETER));
    }

    @Test
    void timeWindowsRelativeOrAbsolute() {
        List<TraceMessage> relative = lab1.messages(new TraceFilter(null, null, null, "20s", "25s"));
        List<TraceMessage> absolute = lab1.messages(new TraceFilter(null, null, null, "2026-11-22T00:58:50.882681971Z",
                "PT25S"));
        assertEquals(48, relative.size());
        assertEquals(relative, absolute);
        assertEquals("ue1 -> pcscf1 REGISTER", Traces.arrows(relative).get(0));
        assertEquals(4, lab1.messages(new TraceFilter(null, null, null, null, "600ms")).size());
        assertEquals(lab1.messages().get(0).timeNs() + 1_500_000L, TraceFilter.time("1.5ms",
                lab1.messages().get(0).timeNs()));
    }

    @Test
    void badTimesAreRejectedWithTheAcceptedForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TraceFilter(null, null, null, "yesterday", null));
        assertEquals("'yesterday' is neither an ISO-8601 instant (2025-01-31T10:00:00Z) nor a duration after the "
                + "first message (1.5s, 200ms, 2m, PT1S)", e.getMessage());
    }

    @Test
    void allKeepsEverything() {
        assertEquals(lab1.messages(), lab1.messages(TraceFilter.ALL));
    }
}
