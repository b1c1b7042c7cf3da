package org.imstb.common.sip.reginfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Documents the decoder must refuse, with the element at fault named. */
class ReginfoErrorsTest {
    private static final String NS = "xmlns='urn:ietf:params:xml:ns:reginfo'";

    private static ReginfoException fails(String xml) {
        return assertThrows(ReginfoException.class, () -> ReginfoXml.decode(xml));
    }

    private static String registration(String attrs, String content) {
        return "<reginfo " + NS + " version='0' state='full'><registration aor='sip:x@d' id='r0' state='active'/>"
                + "<registration " + attrs + ">" + content + "</registration></reginfo>";
    }

    private static String contact(String attrs, String content) {
        return registration("aor='sip:a@d' id='r' state='active'",
                "<contact id='ok' state='active' event='registered'><uri>sip:ok@h</uri></contact>"
                        + "<contact " + attrs + ">" + content + "</contact>");
    }

    @Test
    void notXml() {
        ReginfoException e = fails("not xml at all");
        assertEquals("reginfo", e.element());
        assertTrue(e.getMessage().startsWith("reginfo: not well-formed XML at line 1"), e.getMessage());
    }

    @Test
    void emptyOrNull() {
        assertEquals("reginfo: empty document", fails(" ").getMessage());
        assertEquals("reginfo: empty document", fails(null).getMessage());
    }

    @Test
    void truncatedNamesTheOpenElement() {
        ReginfoException e = fails("<reginfo " + NS + " version='0' state='full'><registration aor='a' id='r'"
                + " state='active'><contact id='c' state='active' event='registered'><uri>sip:a");
        assertEquals("reginfo/registration[1]/contact[1]", e.element());
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    }

    @Test
    void wrongRootOrNamespace() {
        assertTrue(fails("<IMSSubscription/>").getMessage().startsWith(
                "reginfo: wrong root element <IMSSubscription> in namespace ''"));
        assertTrue(fails("<reginfo version='0' state='full'/>").getMessage().startsWith(
                "reginfo: wrong root element <reginfo> in namespace ''"));
    }

    @Test
    void reginfoAttributes() {
        assertEquals("reginfo: attribute 'version' missing", fails("<reginfo " + NS + " state='full'/>")
                .getMessage());
        assertEquals("reginfo: attribute 'state' missing", fails("<reginfo " + NS + " version='0'/>")
                .getMessage());
        assertEquals("reginfo: attribute 'state' has unknown value 'complete'",
                fails("<reginfo " + NS + " version='0' state='complete'/>").getMessage());
        assertEquals("reginfo: attribute 'version' is not a non-negative integer (up to 2147483647): '-1'",
                fails("<reginfo " + NS + " version='-1' state='full'/>").getMessage());
        assertEquals("reginfo: attribute 'version' is not a non-negative integer (up to 2147483647): 'one'",
                fails("<reginfo " + NS + " version='one' state='full'/>").getMessage());
    }

    @Test
    void registrationAttributes() {
        assertEquals("reginfo/registration[2]: attribute 'aor' missing",
                fails(registration("id='r' state='active'", "")).getMessage());
        assertEquals("reginfo/registration[2]: attribute 'id' missing",
                fails(registration("aor='sip:a@d' state='active'", "")).getMessage());
        ReginfoException e = fails(registration("aor='sip:a@d' id='r' state='registered'", ""));
        assertEquals("reginfo/registration[2]: attribute 'state' has unknown value 'registered'", e.getMessage());
        assertEquals("reginfo/registration[2]", e.element());
    }

    @Test
    void contactAttributesAndUri() {
        assertEquals("reginfo/registration[2]/contact[2]: attribute 'id' missing",
                fails(contact("state='active' event='registered'", "<uri>sip:a@h</uri>")).getMessage());
        assertEquals("reginfo/registration[2]/contact[2]: attribute 'state' missing",
                fails(contact("id='c' event='registered'", "<uri>sip:a@h</uri>")).getMessage());
        assertEquals("reginfo/registration[2]/contact[2]: attribute 'event' missing",
                fails(contact("id='c' state='active'", "<uri>sip:a@h</uri>")).getMessage());
        assertEquals("reginfo/registration[2]/contact[2]: attribute 'event' has unknown value 'gone'",
                fails(contact("id='c' state='terminated' event='gone'", "<uri>sip:a@h</uri>")).getMessage());
        assertEquals("reginfo/registration[2]/contact[2]: attribute 'expires' is not a non-negative integer"
                        + " (up to 2147483647): '1e3'",
                fails(contact("id='c' state='active' event='registered' expires='1e3'", "<uri>sip:a@h</uri>"))
                        .getMessage());
        assertEquals("reginfo/registration[2]/contact[2]: uri missing",
                fails(contact("id='c' state='active' event='registered'", "<display-name>A</display-name>"))
                        .getMessage());
        assertEquals("reginfo/registration[2]/contact[2]/uri: empty",
                fails(contact("id='c' state='active' event='registered'", "<uri> </uri>")).getMessage());
        assertEquals("reginfo/registration[2]/contact[2]: uri repeated",
                fails(contact("id='c' state='active' event='registered'", "<uri>sip:a@h</uri><uri>sip:b@h</uri>"))
                        .getMessage());
    }

    @Test
    void uriInAnotherNamespaceDoesNotCount() {
        assertEquals("reginfo/registration[2]/contact[2]: uri missing",
                fails(contact("id='c' state='active' event='registered'",
                        "<x:uri xmlns:x='urn:other'>sip:a@h</x:uri>")).getMessage());
    }

    @Test
    void doctypeWithExternalEntityIsRejected() {
        ReginfoException e = fails("<?xml version='1.0'?>\n<!DOCTYPE reginfo [<!ENTITY xxe SYSTEM"
                + " 'file:///etc/passwd'>]>\n<reginfo " + NS + " version='0' state='full'><registration"
                + " aor='&xxe;' id='r' state='init'/></reginfo>");
        assertEquals("reginfo: DOCTYPE not allowed", e.getMessage());
    }

    @Test
    void entityExpansionIsRejected() {
        ReginfoException e = fails("<!DOCTYPE reginfo [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;'>]>"
                + "<reginfo " + NS + " version='0' state='full'><registration aor='&b;' id='r' state='init'/>"
                + "</reginfo>");
        assertEquals("reginfo: DOCTYPE not allowed", e.getMessage());
    }

    @Test
    void undeclaredEntityIsNotWellFormed() {
        ReginfoException e = fails("<reginfo " + NS + " version='0' state='full'><registration aor='sip:a@d'"
                + " id='r' state='active'><contact id='c' state='active' event='registered'><uri>&xxe;</uri>"
                + "</contact></registration></reginfo>");
        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    }

    @Test
    void trailingGarbageIsNotWellFormed() {
        ReginfoException e = fails("<reginfo " + NS + " version='0' state='full'/><reginfo/>");
        assertTrue(e.getMessage().startsWith("reginfo: not well-formed XML"), e.getMessage());
    }
}
