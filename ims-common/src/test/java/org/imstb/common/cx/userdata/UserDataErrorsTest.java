package org.imstb.common.cx.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Malformed User-Data: every error names the element at fault. */
class UserDataErrorsTest {

    private static final String PI_OK = "<PublicIdentity><Identity>sip:a@d</Identity></PublicIdentity>";

    private static UserDataException fails(String xml) {
        return assertThrows(UserDataException.class, () -> ImsSubscription.parse(xml));
    }

    private static String doc(String profiles) {
        return "<IMSSubscription><PrivateID>a@d</PrivateID>" + profiles + "</IMSSubscription>";
    }

    @Test
    void notXml() {
        UserDataException e = fails("this is not XML");
        assertEquals("IMSSubscription", e.element());
        assertTrue(e.getMessage().startsWith("IMSSubscription: not well-formed XML at line 1"), e.getMessage());
    }

    @Test
    void truncatedXml() {
        UserDataException e = fails("<IMSSubscription><PrivateID>a@d</PrivateID>");
        assertTrue(e.getMessage().startsWith("IMSSubscription: not well-formed XML"), e.getMessage());
    }

    @Test
    void emptyOrNull() {
        assertEquals("IMSSubscription: empty document", fails("").getMessage());
        assertEquals("IMSSubscription: empty document", fails(null).getMessage());
    }

    @Test
    void wrongRoot() {
        assertEquals("IMSSubscription: wrong root element <reginfo>",
                fails("<reginfo><PrivateID>a@d</PrivateID></reginfo>").getMessage());
    }

    @Test
    void missingPrivateIdAndProfile() {
        assertEquals("IMSSubscription: PrivateID missing",
                fails("<IMSSubscription><ServiceProfile>" + PI_OK + "</ServiceProfile></IMSSubscription>")
                        .getMessage());
        assertEquals("IMSSubscription: ServiceProfile missing", fails(doc("")).getMessage());
        assertEquals("ServiceProfile[1]: PublicIdentity missing",
                fails(doc("<ServiceProfile></ServiceProfile>")).getMessage());
    }

    @Test
    void missingIdentity() {
        UserDataException e = fails(doc("<ServiceProfile>" + PI_OK + "</ServiceProfile><ServiceProfile>" + PI_OK
                + "<PublicIdentity><BarringIndication>0</BarringIndication></PublicIdentity></ServiceProfile>"));
        assertEquals("ServiceProfile[2]/PublicIdentity[2]: Identity missing", e.getMessage());
        assertEquals("ServiceProfile[2]/PublicIdentity[2]", e.element());
    }

    @Test
    void emptyIdentity() {
        assertEquals("ServiceProfile[1]/PublicIdentity[1]: Identity missing",
                fails(doc("<ServiceProfile><PublicIdentity><Identity> </Identity></PublicIdentity>"
                        + "</ServiceProfile>")).getMessage());
    }

    @Test
    void repeatedIdentity() {
        assertEquals("ServiceProfile[1]/PublicIdentity[1]: Identity repeated",
                fails(doc("<ServiceProfile><PublicIdentity><Identity>sip:a@d</Identity><Identity>sip:b@d"
                        + "</Identity></PublicIdentity></ServiceProfile>")).getMessage());
    }

    @Test
    void badBarringIndication() {
        UserDataException e = fails(doc("<ServiceProfile><PublicIdentity><BarringIndication>yes"
                + "</BarringIndication><Identity>sip:a@d</Identity></PublicIdentity></ServiceProfile>"));
        assertEquals("ServiceProfile[1]/PublicIdentity[1]/BarringIndication: not a boolean (0|1): 'yes'",
                e.getMessage());
        assertEquals("ServiceProfile[1]/PublicIdentity[1]/BarringIndication: not a boolean (0|1): '2'",
                fails(doc("<ServiceProfile><PublicIdentity><BarringIndication>2</BarringIndication>"
                        + "<Identity>sip:a@d</Identity></PublicIdentity></ServiceProfile>")).getMessage());
    }

    @Test
    void badIdentityType() {
        assertEquals("ServiceProfile[1]/PublicIdentity[1]/Extension/IdentityType: not an integer: 'psi'",
                fails(doc("<ServiceProfile><PublicIdentity><Identity>sip:a@d</Identity><Extension>"
                        + "<IdentityType>psi</IdentityType></Extension></PublicIdentity></ServiceProfile>"))
                        .getMessage());
    }

    @Test
    void badMediaProfile() {
        assertEquals("ServiceProfile[1]/CoreNetworkServicesAuthorization/SubscribedMediaProfileId: "
                        + "out of range 0..2147483647: -4",
                fails(doc("<ServiceProfile>" + PI_OK + "<CoreNetworkServicesAuthorization>"
                        + "<SubscribedMediaProfileId>-4</SubscribedMediaProfileId>"
                        + "</CoreNetworkServicesAuthorization></ServiceProfile>")).getMessage());
    }

    @Test
    void ifcErrors() {
        assertEquals("ServiceProfile[1]/InitialFilterCriteria[1]: Priority missing",
                fails(doc("<ServiceProfile>" + PI_OK + "<InitialFilterCriteria><ApplicationServer><ServerName>"
                        + "sip:as</ServerName></ApplicationServer></InitialFilterCriteria></ServiceProfile>"))
                        .getMessage());
        assertEquals("ServiceProfile[1]/InitialFilterCriteria[2]: ApplicationServer missing",
                fails(doc("<ServiceProfile>" + PI_OK + ifc("<Priority>0</Priority>", "sip:as", "")
                        + "<InitialFilterCriteria><Priority>1</Priority></InitialFilterCriteria>"
                        + "</ServiceProfile>")).getMessage());
        assertEquals("ServiceProfile[1]/InitialFilterCriteria[1]/ApplicationServer: ServerName missing",
                fails(doc("<ServiceProfile>" + PI_OK + "<InitialFilterCriteria><Priority>0</Priority>"
                        + "<ApplicationServer/></InitialFilterCriteria></ServiceProfile>")).getMessage());
        assertEquals("ServiceProfile[1]/InitialFilterCriteria[1]/ApplicationServer/DefaultHandling: "
                        + "out of range 0..1: 2",
                fails(doc("<ServiceProfile>" + PI_OK + ifc("<Priority>0</Priority>", "sip:as",
                        "<DefaultHandling>2</DefaultHandling>") + "</ServiceProfile>")).getMessage());
        assertEquals("ServiceProfile[1]/InitialFilterCriteria[1]/Priority: not an integer: 'high'",
                fails(doc("<ServiceProfile>" + PI_OK + ifc("<Priority>high</Priority>", "sip:as", "")
                        + "</ServiceProfile>")).getMessage());
    }

    @Test
    void doctypeWithExternalEntityIsRejected() {
        UserDataException e = fails("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE IMSSubscription [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + doc("<ServiceProfile><PublicIdentity><Identity>&xxe;</Identity></PublicIdentity>"
                + "</ServiceProfile>"));
        assertEquals("IMSSubscription", e.element());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), "no file content may leak: " + e.getMessage());
    }

    @Test
    void entityExpansionIsRejected() {
        UserDataException e = fails("<!DOCTYPE IMSSubscription [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + doc("<ServiceProfile><PublicIdentity><Identity>&b;</Identity></PublicIdentity>"
                + "</ServiceProfile>"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void undeclaredEntityIsNotWellFormed() {
        UserDataException e = fails(doc("<ServiceProfile><PublicIdentity><Identity>&xxe;</Identity>"
                + "</PublicIdentity></ServiceProfile>"));
        assertTrue(e.getMessage().startsWith("IMSSubscription: not well-formed XML"), e.getMessage());
    }

    private static String ifc(String priority, String server, String asExtra) {
        return "<InitialFilterCriteria>" + priority + "<ApplicationServer><ServerName>" + server
                + "</ServerName>" + asExtra + "</ApplicationServer></InitialFilterCriteria>";
    }
}
