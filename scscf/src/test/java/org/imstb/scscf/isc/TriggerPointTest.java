package org.imstb.scscf.isc;

import static org.imstb.scscf.isc.Ifcs.header;
import static org.imstb.scscf.isc.Ifcs.ifc;
import static org.imstb.scscf.isc.Ifcs.method;
import static org.imstb.scscf.isc.Ifcs.spt;
import static org.imstb.scscf.isc.Ifcs.tp;
import static org.imstb.scscf.isc.SessionCase.ORIGINATING;
import static org.imstb.scscf.isc.SessionCase.ORIGINATING_CDIV;
import static org.imstb.scscf.isc.SessionCase.TERMINATING_REGISTERED;
import static org.imstb.scscf.isc.SessionCase.TERMINATING_UNREGISTERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Trigger points × requests (TS 29.228 Annex B.2.2 and C). */
class TriggerPointTest {
    private static final String SDP = "v=0\r\no=- 1 1 IN IP6 fd00::10\r\ns=-\r\nc=IN IP6 fd00::10\r\nt=0 0\r\n"
            + "m=audio 49170 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";

    private static final Req INVITE = Req.of("INVITE", "sip:bob@domain1.test");
    private static final Req MESSAGE = Req.of("MESSAGE", "sip:bob@domain1.test");
    private static final Req REGISTER = Req.of("REGISTER", "sip:domain1.test");

    /** (A or C) and (B or C) in CNF, (A and C) or (B and C) in DNF: C belongs to both groups. */
    private static String twoGroups(boolean cnf) {
        return tp(cnf, spt(method("INVITE"), 0), spt("<SessionCase>0</SessionCase>", 1),
                spt(header("X-C", null), 0, 1));
    }

    /** (A or B) and C in CNF, (A and B) or C in DNF. */
    private static String abc(boolean cnf) {
        return tp(cnf, spt(method("INVITE"), 0), spt("<SessionCase>0</SessionCase>", 0), spt(header("X-C", null), 1));
    }

    private static String regTypes(String... types) {
        StringBuilder ext = new StringBuilder();
        for (String t : types) {
            ext.append("<RegistrationType>").append(t).append("</RegistrationType>");
        }
        return tp(true, spt(method("REGISTER") + (types.length == 0 ? "" : "<Extension>" + ext + "</Extension>"), 0));
    }

    static Stream<Arguments> table() {
        String invite = tp(true, spt(method("INVITE"), 0));
        String ruri = tp(true, spt("<RequestURI>^sip:bob@</RequestURI>", 0));
        String ruriFind = tp(true, spt("<RequestURI>domain1</RequestURI>", 0));
        String present = tp(true, spt(header("Accept-Contact", null), 0));
        String video = tp(true, spt(header("accept-contact", "video"), 0));
        String notInvite = tp(true, spt(true, method("INVITE"), 0));
        String noHeader = tp(true, spt(true, header("Privacy", null), 0));
        String termReg = tp(true, spt("<SessionCase>1</SessionCase>", 0));
        String cdiv = tp(true, spt("<SessionCase>4</SessionCase>", 0));
        String audio = tp(true, spt("<SessionDescription><Line>m</Line><Content>^audio</Content></SessionDescription>",
                0));
        String anyMedia = tp(true, spt("<SessionDescription><Line>m</Line></SessionDescription>", 0));
        String pcmuOnAnA = tp(true, spt("<SessionDescription><Line>a</Line><Content>PCMU</Content>"
                + "</SessionDescription>", 0));
        Req withX = INVITE.header("X-C", "1");
        return Stream.of(
                arguments("method match", invite, INVITE, ORIGINATING, true),
                arguments("method mismatch", invite, MESSAGE, ORIGINATING, false),
                arguments("method is case-sensitive", tp(true, spt(method("invite"), 0)), INVITE, ORIGINATING, false),
                arguments("R-URI regex", ruri, INVITE, ORIGINATING, true),
                arguments("R-URI regex mismatch", ruri, Req.of("INVITE", "sip:carol@domain1.test"), ORIGINATING,
                        false),
                arguments("R-URI regex found anywhere", ruriFind, INVITE, ORIGINATING, true),
                arguments("R-URI regex not found", ruriFind, Req.of("INVITE", "tel:+15551001"), ORIGINATING, false),
                arguments("header present", present, INVITE.header("Accept-Contact", "*;audio"), ORIGINATING, true),
                arguments("header absent", present, INVITE, ORIGINATING, false),
                arguments("header content, any value", video,
                        INVITE.header("Accept-Contact", "*;audio").header("Accept-Contact", "*;video"), ORIGINATING,
                        true),
                arguments("header content mismatch", video, INVITE.header("Accept-Contact", "*;audio"), ORIGINATING,
                        false),
                arguments("negated method", notInvite, MESSAGE, ORIGINATING, true),
                arguments("negated method, same method", notInvite, INVITE, ORIGINATING, false),
                arguments("negated presence: absent", noHeader, INVITE, ORIGINATING, true),
                arguments("negated presence: present", noHeader, INVITE.header("Privacy", "id"), ORIGINATING, false),
                arguments("CNF (A|B)&C, C false", abc(true), INVITE, ORIGINATING, false),
                arguments("DNF (A&B)|C, C false", abc(false), INVITE, ORIGINATING, true),
                arguments("CNF (A|B)&C, B and C", abc(true), MESSAGE.header("X-C", "1"), ORIGINATING, true),
                arguments("DNF (A&B)|C, nothing", abc(false), MESSAGE, TERMINATING_REGISTERED, false),
                arguments("CNF multi-group (A|C)&(B|C)", twoGroups(true), INVITE, ORIGINATING, true),
                arguments("DNF multi-group (A&C)|(B&C)", twoGroups(false), INVITE, ORIGINATING, false),
                arguments("DNF multi-group, C", twoGroups(false), withX, TERMINATING_REGISTERED, true),
                arguments("CNF multi-group, only A", twoGroups(true), INVITE, TERMINATING_REGISTERED, false),
                arguments("session case", termReg, INVITE, TERMINATING_REGISTERED, true),
                arguments("session case mismatch", termReg, INVITE, TERMINATING_UNREGISTERED, false),
                arguments("session case CDIV", cdiv, INVITE, ORIGINATING_CDIV, true),
                arguments("session case not CDIV", cdiv, INVITE, ORIGINATING, false),
                arguments("SDP m line content", audio, INVITE.withSdp(SDP), ORIGINATING, true),
                arguments("SDP m line content mismatch", audio,
                        INVITE.withSdp(SDP.replace("m=audio", "m=video")), ORIGINATING, false),
                arguments("SDP line of type exists", anyMedia, INVITE.withSdp(SDP), ORIGINATING, true),
                arguments("SDP without the line type", anyMedia, INVITE.withSdp("v=0\r\ns=-\r\n"), ORIGINATING, false),
                arguments("SDP absent", anyMedia, INVITE, ORIGINATING, false),
                arguments("SDP content only on lines of the type", pcmuOnAnA, INVITE.withSdp(SDP), ORIGINATING, true),
                arguments("SDP content not on other types",
                        tp(true, spt("<SessionDescription><Line>m</Line><Content>PCMU</Content></SessionDescription>",
                                0)), INVITE.withSdp(SDP), ORIGINATING, false),
                arguments("registration type listed", regTypes("0", "2"),
                        REGISTER.registration(RegistrationType.INITIAL), ORIGINATING, true),
                arguments("registration type listed (de-reg)", regTypes("0", "2"),
                        REGISTER.registration(RegistrationType.DEREGISTRATION), ORIGINATING, true),
                arguments("registration type not listed", regTypes("0", "2"),
                        REGISTER.registration(RegistrationType.REREGISTRATION), ORIGINATING, false),
                arguments("registration type unknown", regTypes("1"), REGISTER, ORIGINATING, false),
                arguments("no registration type: any", regTypes(),
                        REGISTER.registration(RegistrationType.REREGISTRATION), ORIGINATING, true),
                arguments("no TriggerPoint", ifc(0, "", "sip:as.domain1.test", -1), MESSAGE, TERMINATING_UNREGISTERED,
                        true),
                arguments("whole iFC with TriggerPoint", ifc(0, invite, "sip:as.domain1.test", 0), MESSAGE,
                        ORIGINATING, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void matches(String name, String xml, Req request, SessionCase c, boolean expected) {
        assertEquals(expected, TriggerPoint.parse(xml).matches(request, c), () -> name + ": " + request);
    }

    @Test
    void tBoolTrueFalseAndANamespaceAreAccepted() {
        String xml = "<TriggerPoint xmlns=\"urn:x\"><ConditionTypeCNF>true</ConditionTypeCNF><SPT>"
                + "<ConditionNegated>false</ConditionNegated><Group>4294967295</Group><Method>INVITE</Method></SPT>"
                + "</TriggerPoint>";
        assertTrue(TriggerPoint.parse(xml).matches(INVITE, ORIGINATING));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments(tp(true, spt("<RequestURI>sip:(bob</RequestURI>", 0)),
                        "TriggerPoint/SPT[1]/RequestURI: bad regular expression 'sip:(bob'"),
                arguments(tp(true, spt(method("INVITE"), 0), spt(header("Accept-Contact", "[video"), 0)),
                        "TriggerPoint/SPT[2]/SIPHeader/Content: bad regular expression '[video'"),
                arguments(tp(true, spt("<SessionDescription><Line>m</Line><Content>*audio</Content>"
                        + "</SessionDescription>", 0)),
                        "TriggerPoint/SPT[1]/SessionDescription/Content: bad regular expression '*audio'"),
                arguments(tp(true, spt(method("INVITE") + "<SessionCase>0</SessionCase>", 0)),
                        "TriggerPoint/SPT[1]: more than one condition"),
                arguments(tp(true, spt("", 0)), "TriggerPoint/SPT[1]: no condition"),
                arguments(tp(true, spt("<SIPHeader><Content>x</Content></SIPHeader>", 0)),
                        "TriggerPoint/SPT[1]/SIPHeader: Header missing"),
                arguments(tp(true, spt("<SessionDescription><Content>x</Content></SessionDescription>", 0)),
                        "TriggerPoint/SPT[1]/SessionDescription: Line missing"),
                arguments(tp(true, spt("<SessionCase>5</SessionCase>", 0)),
                        "TriggerPoint/SPT[1]/SessionCase: out of range 0..4"),
                arguments(tp(true, spt(method("REGISTER")
                        + "<Extension><RegistrationType>3</RegistrationType></Extension>", 0)),
                        "TriggerPoint/SPT[1]/Extension/RegistrationType: out of range 0..2"),
                arguments(tp(true, spt(method("INVITE"))), "TriggerPoint/SPT[1]: Group missing"),
                arguments(tp(true, spt(method("INVITE"), -1)), "TriggerPoint/SPT[1]/Group: out of range"),
                arguments(tp(true, "<SPT><ConditionNegated>2</ConditionNegated><Group>0</Group>"
                        + method("INVITE") + "</SPT>"), "TriggerPoint/SPT[1]/ConditionNegated: not a boolean"),
                arguments("<TriggerPoint>" + spt(method("INVITE"), 0) + "</TriggerPoint>",
                        "TriggerPoint: ConditionTypeCNF missing"),
                arguments(tp(true), "TriggerPoint: SPT missing"),
                arguments("<Foo/>", "root element <Foo>"),
                arguments("<!DOCTYPE x [<!ENTITY e 'x'>]>" + tp(true, spt(method("INVITE"), 0)), "not well-formed"),
                arguments(tp(true, spt(method("INVITE"), 0)).replace("</TriggerPoint>", ""), "not well-formed"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void badTriggerPointsAreRejectedNamingTheElement(String xml, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TriggerPoint.parse(xml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
