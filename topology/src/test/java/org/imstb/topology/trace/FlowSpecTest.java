package org.imstb.topology.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowSpecTest {
    @Test
    void parsesLinesCommentsDirectivesAndGroups() {
        FlowSpec f = FlowSpec.parse("t.flow", """
                # a comment
                strict
                ignore dwr DWA
                ue1 -> pcscf1 REGISTER      # trailing comment
                ?pcscf1->ue1 100
                unordered {
                  a -> b X
                  b -> a Y
                }
                * -> hss* *
                """);
        assertTrue(f.strict());
        assertFalse(f.retransmissions());
        assertEquals(Set.of("DWR", "DWA"), f.ignore());
        assertEquals(List.of("ue1 -> pcscf1 REGISTER", "?pcscf1 -> ue1 100", "a -> b X", "b -> a Y", "* -> hss* *"),
                f.lines().stream().map(FlowSpec.Line::toString).toList());
        assertEquals(List.of(4, 5, 7, 8, 10), f.lines().stream().map(FlowSpec.Line::lineNo).toList());
        assertTrue(f.lines().get(1).optional());
        assertEquals(4, f.steps().size());
        assertTrue(f.steps().get(2).unordered());
        assertFalse(f.strict(false).strict());
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertEquals("x.flow:2: expected '[?]FROM -> TO LABEL' (e.g. 'ue1 -> pcscf1 REGISTER'), got 'ue1 pcscf1 "
                + "REGISTER'", assertThrows(IllegalArgumentException.class,
                        () -> FlowSpec.parse("x.flow", "# c\nue1 pcscf1 REGISTER\n")).getMessage());
        assertEquals("x.flow:1: 'unordered {' is never closed", assertThrows(IllegalArgumentException.class,
                () -> FlowSpec.parse("x.flow", "unordered {\na -> b X\n")).getMessage());
        assertEquals("x.flow:1: '}' without 'unordered {'", assertThrows(IllegalArgumentException.class,
                () -> FlowSpec.parse("x.flow", "}\n")).getMessage());
        assertEquals("x.flow: no message lines", assertThrows(IllegalArgumentException.class,
                () -> FlowSpec.parse("x.flow", "# nothing\nstrict\n")).getMessage());
    }

    @Test
    void labelsMatchHeadThenDetails() {
        TraceMessage uaa = new TraceMessage(0, "hss1", "icscf1", org.imstb.common.trace.Protocol.DIAMETER, "TCP",
                "UAA DIAMETER_FIRST_REGISTRATION [2001/3GPP]", "UAA 2001",
                List.of("UAA", "2001", "DIAMETER_FIRST_REGISTRATION", "FIRST_REGISTRATION"), "", null, null, false,
                null, Set.of());
        assertTrue(line("hss1 -> icscf1 UAA").matches(uaa));
        assertTrue(line("hss1 -> icscf1 uaa 2001").matches(uaa));
        assertTrue(line("hss* -> * UAA FIRST_REGISTRATION").matches(uaa));
        assertTrue(line("* -> *cscf1 *").matches(uaa));
        assertFalse(line("hss1 -> icscf1 UAA 2002").matches(uaa));
        assertFalse(line("hss2 -> icscf1 UAA").matches(uaa));
        TraceMessage ok = Traces.sip(0, "icscf1", "pcscf1", "200", "OK", "REGISTER");
        assertTrue(line("icscf1 -> pcscf1 200").matches(ok));
        assertTrue(line("icscf1 -> pcscf1 2xx REGISTER").matches(ok));
        assertFalse(line("icscf1 -> pcscf1 200 INVITE").matches(ok));
        assertFalse(line("icscf1 -> pcscf1 4xx").matches(ok));
    }

    @Test
    void builtInRegistrationFlow() {
        FlowSpec f = FlowSpec.builtIn("registration");
        assertEquals("registration.flow", f.name());
        assertEquals(24, f.lines().size());
        assertEquals("ue1 -> pcscf1 REGISTER", f.lines().get(0).toString());
        assertEquals("no built-in flow 'call' (built-in: [registration, call-preconditions])", assertThrows(
                IllegalArgumentException.class, () -> FlowSpec.builtIn("call")).getMessage());
    }

    private static FlowSpec.Line line(String text) {
        return FlowSpec.parse("l", text).lines().get(0);
    }
}
