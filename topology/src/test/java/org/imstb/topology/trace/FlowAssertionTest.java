package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowAssertionTest {
    private final TraceSet lab1 = Traces.loadLab1();
    private final List<TraceMessage> alice = lab1.messages(new TraceFilter(null, "alice", null, null, null));
    private final FlowSpec registration = FlowSpec.builtIn("registration");

    @Test
    void recordedRegistrationFollowsTs24228() {
        FlowResult r = FlowAssertion.check(registration, lab1.messages());
        r.assertMatches();
        assertEquals("flow registration.flow matches: 24 line(s) against 114 message(s)", r.report());
        assertEquals(24, r.matched().size());
        assertEquals("ue1 -> pcscf1 REGISTER", Traces.arrows(lab1.messages()).get(r.matched().get(0) - 1));
        assertEquals("pcscf1 -> scscf1 200 OK", Traces.arrows(lab1.messages()).get(r.matched().get(23) - 1));
    }

    @Test
    void strictlyOnceFilteredToTheUser() {
        FlowResult r = FlowAssertion.check(registration.strict(true), alice);
        assertTrue(r.matches(), r.report());
        assertFalse(FlowAssertion.check(registration.strict(true), lab1.messages()).matches());
    }

    @Test
    void otherDomainFailsAtTheFirstLine() {
        List<TraceMessage> carol = lab1.messages(new TraceFilter(null, "carol", null, null, null));
        assertEquals("""
                flow registration.flow does not match the trace: 0 of 24 line(s) matched
                  expected line 10: ue1 -> pcscf1 REGISTER
                  at the start of the trace (no line matched yet)
                  the trace goes on with:
                    #1 +0.000 ms ue2 -> pcscf2 REGISTER
                    #2 +96.808 ms pcscf2 -> icscf2 REGISTER
                    #3 +189.703 ms icscf2 -> hss2 UAR
                    #4 +215.532 ms hss2 -> icscf2 UAA 2001
                    ... (20 more)
                  closest with that label: #1 +0.000 ms ue2 -> pcscf2 REGISTER""",
                FlowAssertion.check(registration, carol).report());
    }

    @Test
    void reportsTheFirstDifference() {
        FlowSpec wrong = FlowSpec.parse("wrong.flow", Traces.resource("flows/registration.flow").replace(
                "pcscf1 -> ue1    401", "pcscf1 -> ue1    403"));
        FlowResult r = FlowAssertion.check(wrong, alice);
        assertFalse(r.matches());
        assertEquals("""
                flow wrong.flow does not match the trace: 9 of 24 line(s) matched
                  expected line 19: pcscf1 -> ue1 403
                  after #10 +484.850 ms icscf1 -> pcscf1 401 Unauthorized  (line 18)
                  the trace goes on with:
                    #11 +495.918 ms pcscf1 -> ue1 401 Unauthorized
                    #12 +527.378 ms ue1 -> pcscf1 REGISTER
                    #13 +533.699 ms pcscf1 -> icscf1 REGISTER
                    #14 +539.797 ms icscf1 -> hss1 UAR
                    ... (11 more)
                  closest between those nodes: #11 +495.918 ms pcscf1 -> ue1 401 Unauthorized""", r.report());
        AssertionError e = assertThrows(AssertionError.class, r::assertMatches);
        assertEquals(r.report(), e.getMessage());
    }

    @Test
    void strictReportsWhatWasFoundInstead() {
        FlowSpec wrong = FlowSpec.parse("sar-first.flow", Traces.resource("flows/registration.flow")
                .replaceFirst("scscf1 -> hss1   MAR", "scscf1 -> hss1   SAR")).strict(true);
        assertEquals("""
                flow sar-first.flow does not match the trace (strict): 5 of 24 line(s) matched
                  expected line 15: scscf1 -> hss1 SAR
                  after #5 +294.263 ms icscf1 -> scscf1 REGISTER  (line 14)
                  found instead:
                    #6 +383.165 ms scscf1 -> hss1 MAR
                  closest with that label: #17 +559.194 ms scscf1 -> hss1 SAR
                  closest between those nodes: #6 +383.165 ms scscf1 -> hss1 MAR""",
                FlowAssertion.check(wrong, alice).report());
    }

    @Test
    void optionalLinesNeverLeadTheSearchAstray() {
        List<TraceMessage> m = List.of(Traces.sip(0, "a", "b", "X"), Traces.sip(1, "b", "a", "Y"),
                Traces.sip(2, "b", "a", "Z"));
        assertTrue(FlowAssertion.check(FlowSpec.parse("f", "a -> b X\n?b -> a *\nb -> a Y\n"), m).matches(),
                "the optional line must not eat Y");
        FlowResult r = FlowAssertion.check(FlowSpec.parse("f", "a -> b X\n?b -> a Q\nb -> a Z\n"), m);
        assertEquals(List.of(1, 0, 3), r.matched());
        assertTrue(FlowAssertion.check(FlowSpec.parse("f", "strict\na -> b X\nb -> a Y\n?a -> b W\nb -> a Z\n"),
                m).matches());
    }

    @Test
    void unorderedGroups() {
        List<TraceMessage> m = List.of(Traces.sip(0, "a", "b", "X"), Traces.sip(1, "b", "c", "Z"),
                Traces.sip(2, "b", "a", "Y"), Traces.sip(3, "c", "b", "W"));
        FlowResult r = FlowAssertion.check(FlowSpec.parse("f", "a -> b X\nunordered {\nb -> a Y\nb -> c Z\n}\n"
                + "c -> b W\n"), m);
        assertEquals(List.of(1, 3, 2, 4), r.matched());
        FlowResult missing = FlowAssertion.check(FlowSpec.parse("f", "strict\na -> b X\nunordered {\nb -> a Y\n"
                + "b -> c V\n}\n"), m);
        assertEquals("""
                flow f does not match the trace (strict): 1 of 3 line(s) matched
                  expected one of (unordered):
                    line 4: b -> a Y
                    line 5: b -> c V
                  after #1 +0.000 ms a -> b X  (line 2)
                  found instead:
                    #2 +1.000 ms b -> c Z
                  closest with that label: #3 +2.000 ms b -> a Y
                  closest between those nodes: #3 +2.000 ms b -> a Y
                  closest between those nodes: #2 +1.000 ms b -> c Z""", missing.report());
    }

    @Test
    void strictWantsTheTraceToEndWithTheFlow() {
        List<TraceMessage> m = List.of(Traces.sip(0, "a", "b", "X"), Traces.sip(1, "b", "a", "Y"));
        assertEquals("""
                flow f does not match the trace (strict): 1 of 1 line(s) matched
                  expected the end of the trace after flow line 2
                  after #1 +0.000 ms a -> b X  (line 2)
                  found instead:
                    #2 +1.000 ms b -> a Y""", FlowAssertion.check(FlowSpec.parse("f", "strict\na -> b X\n"), m)
                .report());
        assertEquals("""
                flow f does not match the trace: 1 of 2 line(s) matched
                  expected line 2: b -> a Z
                  after #2 +1.000 ms b -> a Y  (line 1)
                  but the trace ends there""", FlowAssertion.check(FlowSpec.parse("f", "b -> a Y\nb -> a Z\n"), m)
                .report());
    }

    @Test
    void retransmissionsAndIgnoredMessagesAreLeftOut() {
        TraceMessage x = Traces.sip(0, "a", "b", "X");
        List<TraceMessage> m = List.of(x, Traces.rtx(Traces.sip(500, "a", "b", "X")), Traces.sip(501, "a", "b", "DWR"),
                Traces.sip(600, "b", "a", "Y"));
        assertTrue(FlowAssertion.check(FlowSpec.parse("f", "strict\nignore DWR\na -> b X\nb -> a Y\n"), m)
                .matches());
        assertFalse(FlowAssertion.check(FlowSpec.parse("f", "strict\nretransmissions\nignore DWR\na -> b X\n"
                + "b -> a Y\n"), m).matches());
        assertTrue(FlowAssertion.check(FlowSpec.parse("f", "strict\nretransmissions\nignore DWR\na -> b X\n"
                + "a -> b X\nb -> a Y\n"), m).matches());
    }
}
