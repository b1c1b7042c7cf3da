package org.imstb.hss.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Trigger point checks at provisioning (TS 29.228 Annex B.2.2, tSePoTri in Annex E). */
class IfcParserTest {

    /** An iFC whose trigger point holds {@code spts}. */
    private static String ifc(String... spts) {
        return "<InitialFilterCriteria><Priority>1</Priority><TriggerPoint><ConditionTypeCNF>0</ConditionTypeCNF>"
                + String.join("", spts) + "</TriggerPoint><ApplicationServer><ServerName>sip:as.domain1.test"
                + "</ServerName></ApplicationServer></InitialFilterCriteria>";
    }

    private static String spt(String body) {
        return "<SPT><ConditionNegated>0</ConditionNegated><Group>0</Group>" + body + "</SPT>";
    }

    @Test
    void acceptsEveryKindOfSpt() {
        String xml = ifc(spt("<RequestURI>^sip:.*@domain1\\.test$</RequestURI>"),
                spt("<Method>REGISTER</Method><Extension><RegistrationType>0</RegistrationType>"
                        + "<RegistrationType>2</RegistrationType></Extension>"),
                spt("<SIPHeader><Header>Accept-Contact</Header><Content>video</Content></SIPHeader>"),
                spt("<SIPHeader><Header>P-Asserted-Identity</Header></SIPHeader>"),
                spt("<SessionCase>4</SessionCase>"),
                spt("<SessionDescription><Line>m</Line><Content>^audio</Content></SessionDescription>"),
                spt("<SessionDescription><Line>b</Line></SessionDescription>"),
                "<SPT><ConditionNegated>true</ConditionNegated><Group>1</Group><Group>4294967295</Group>"
                        + "<Method>MESSAGE</Method></SPT>",
                "<SPT><Group>2</Group><Method>INVITE</Method></SPT>");
        assertEquals(1, InitialFilterCriteria.parse(xml).priority());
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                arguments(ifc(), "<TriggerPoint> has no <SPT>"),
                arguments(ifc(spt("")), "SPT[1]: <SPT> must have exactly one of <RequestURI>, <Method>, <SIPHeader>, "
                        + "<SessionCase>, <SessionDescription>, has none"),
                arguments(ifc(spt("<Method>INVITE</Method>"),
                        spt("<Method>INVITE</Method><SessionCase>0</SessionCase>")),
                        "SPT[2]: <SPT> must have exactly one of"),
                arguments(ifc(spt("<Method>INVITE</Method><Method>BYE</Method>")), "has <Method>, <Method>"),
                arguments(ifc(spt("<SIPHeader><Content>x</Content></SIPHeader>")),
                        "SPT[1]: <SIPHeader> has no <Header>"),
                arguments(ifc(spt("<SIPHeader><Header>Accept Contact</Header></SIPHeader>")),
                        "<Header> must be a SIP token"),
                arguments(ifc(spt("<SIPHeader><Header>X</Header><Regex>x</Regex></SIPHeader>")),
                        "unexpected element <Regex> in <SIPHeader>"),
                arguments(ifc(spt("<SessionDescription><Content>audio</Content></SessionDescription>")),
                        "SPT[1]: <SessionDescription> has no <Line>"),
                arguments(ifc(spt("<SessionDescription><Line> </Line></SessionDescription>")),
                        "<Line> of <SessionDescription> is empty"),
                arguments(ifc(spt("<SessionCase>5</SessionCase>")), "<SessionCase> must be an integer 0..4, got '5'"),
                arguments(ifc(spt("<SessionCase>orig</SessionCase>")), "<SessionCase> must be an integer 0..4"),
                arguments(ifc("<SPT><ConditionNegated>2</ConditionNegated><Group>0</Group><Method>INVITE</Method>"
                        + "</SPT>"), "SPT[1]: <ConditionNegated> must be 0 or 1, got '2'"),
                arguments(ifc("<SPT><ConditionNegated>0</ConditionNegated><Method>INVITE</Method></SPT>"),
                        "SPT[1]: <SPT> has no <Group>"),
                arguments(ifc("<SPT><Group>-1</Group><Method>INVITE</Method></SPT>"),
                        "<Group> must be a non-negative integer, got '-1'"),
                arguments(ifc("<SPT><Group>one</Group><Method>INVITE</Method></SPT>"),
                        "<Group> must be a non-negative integer, got 'one'"),
                arguments(ifc(spt("<RequestURI>sip:(bob</RequestURI>")),
                        "SPT[1]: <RequestURI> is not a valid regular expression: 'sip:(bob'"),
                arguments(ifc(spt("<RequestURI> </RequestURI>")), "<RequestURI> is empty"),
                arguments(ifc(spt("<SIPHeader><Header>Accept-Contact</Header><Content>[video</Content></SIPHeader>")),
                        "<Content> of <SIPHeader> is not a valid regular expression: '[video'"),
                arguments(ifc(spt("<SessionDescription><Line>m</Line><Content>*audio</Content></SessionDescription>")),
                        "<Content> of <SessionDescription> is not a valid regular expression: '*audio'"),
                arguments(ifc(spt("<Method>IN VITE</Method>")),
                        "<Method> must be a SIP token (RFC 3261), got 'IN VITE'"),
                arguments(ifc(spt("<Method></Method>")), "<Method> must be a SIP token"),
                arguments(ifc(spt("<Method>REGISTER</Method><Extension><RegistrationType>3</RegistrationType>"
                        + "</Extension>")), "<RegistrationType> must be an integer 0..2, got '3'"),
                arguments(ifc(spt("<Method>REGISTER</Method><Extension><Foo/></Extension>")),
                        "unexpected element <Foo> in <Extension>"),
                arguments(ifc(spt("<Method>INVITE</Method>")).replace("<ConditionTypeCNF>0", "<ConditionTypeCNF>2"),
                        "<ConditionTypeCNF> must be 0 or 1, got '2'"));
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsNamingTheElement(String xml, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InitialFilterCriteria.parse(xml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
