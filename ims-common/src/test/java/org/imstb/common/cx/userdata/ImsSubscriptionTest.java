package org.imstb.common.cx.userdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden test: the HSS's alice-user-data.xml, every field. */
class ImsSubscriptionTest {
    private static String xml;
    private static ImsSubscription alice;

    @BeforeAll
    static void parseGolden() throws IOException {
        xml = resource("alice-user-data.xml");
        alice = ImsSubscription.parse(xml);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ImsSubscriptionTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void privateIdAndProfiles() {
        assertEquals("alice@domain1.test", alice.privateId());
        assertEquals(2, alice.serviceProfiles().size());
    }

    @Test
    void firstProfileIdentities() {
        ServiceProfile sp = alice.serviceProfiles().get(0);
        assertEquals(List.of(
                new PublicIdentity("sip:alice@domain1.test", false, 0, "Alice & <Co>", null),
                new PublicIdentity("tel:+15551001", false, 0, null, null)), sp.publicIdentities());
        assertEquals(3, sp.subscribedMediaProfileId());
    }

    @Test
    void firstProfileIfcs() {
        List<InitialFilterCriteria> ifcs = alice.serviceProfiles().get(0).ifcs();
        assertEquals(2, ifcs.size());

        InitialFilterCriteria first = ifcs.get(0);
        assertEquals(0, first.priority());
        assertEquals("sip:as.domain1.test", first.applicationServer());
        assertEquals(InitialFilterCriteria.SESSION_TERMINATED, first.defaultHandling());
        assertEquals("demo & <test>", first.serviceInfo());
        assertEquals(-1, first.profilePartIndicator());
        assertTrue(first.appliesTo(true));
        assertTrue(first.appliesTo(false));

        InitialFilterCriteria second = ifcs.get(1);
        assertEquals(1, second.priority());
        assertEquals("sip:as.domain1.test", second.applicationServer());
        assertEquals(InitialFilterCriteria.SESSION_CONTINUED, second.defaultHandling());
        assertNull(second.serviceInfo());
        assertEquals(InitialFilterCriteria.UNREGISTERED, second.profilePartIndicator());
        assertFalse(second.appliesTo(true));
        assertTrue(second.appliesTo(false));
    }

    @Test
    void ifcXmlIsTheElementAsWritten() {
        List<InitialFilterCriteria> ifcs = alice.serviceProfiles().get(0).ifcs();
        for (int i = 0; i < ifcs.size(); i++) {
            assertEquals(nthElement(xml, "InitialFilterCriteria", i), ifcs.get(i).xml(), "iFC " + i);
        }
        assertFalse(ifcs.get(0).xml().startsWith("<?xml"));
        assertTrue(ifcs.get(0).xml().contains("<Method>MESSAGE</Method>"));
        assertTrue(ifcs.get(0).xml().contains("<ServiceInfo>demo &amp; &lt;test&gt;</ServiceInfo>"));
        assertTrue(ifcs.get(1).xml().contains("<Content>.*video.*</Content>"));
    }

    @Test
    void ifcXmlParsesAgain() {
        String ifc = alice.serviceProfiles().get(0).ifcs().get(0).xml();
        String wrapped = "<IMSSubscription><PrivateID>x@y</PrivateID><ServiceProfile><PublicIdentity>"
                + "<Identity>sip:x@y</Identity></PublicIdentity>" + ifc + "</ServiceProfile></IMSSubscription>";
        assertEquals(alice.serviceProfiles().get(0).ifcs().get(0),
                ImsSubscription.parse(wrapped).serviceProfiles().get(0).ifcs().get(0));
    }

    @Test
    void secondProfile() {
        ServiceProfile sp = alice.serviceProfiles().get(1);
        assertEquals(List.of(
                new PublicIdentity("sip:alice-barred@domain1.test", true, 0, null, null),
                new PublicIdentity("sip:chat-!.*!@domain1.test", false, PublicIdentity.WILDCARDED_PSI, null,
                        "sip:chat-!.*!@domain1.test")), sp.publicIdentities());
        assertEquals(-1, sp.subscribedMediaProfileId());
        assertEquals(List.of(), sp.ifcs());
    }

    @Test
    void allPublicIdentitiesInDocumentOrder() {
        assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001", "sip:alice-barred@domain1.test",
                        "sip:chat-!.*!@domain1.test"),
                alice.allPublicIdentities().stream().map(PublicIdentity::identity).toList());
    }

    @Test
    void registrableIdentitiesExcludeBarredAndPsis() {
        assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001"), alice.registrableIdentities());
    }

    @Test
    void profileOf() {
        assertSame(alice.serviceProfiles().get(0), alice.profileOf("tel:+15551001").orElseThrow());
        assertSame(alice.serviceProfiles().get(1), alice.profileOf("sip:alice-barred@domain1.test").orElseThrow());
        assertSame(alice.serviceProfiles().get(1), alice.profileOf("sip:chat-!.*!@domain1.test").orElseThrow());
        assertSame(alice.serviceProfiles().get(1), alice.profileOf("sip:chat-room42@domain1.test").orElseThrow());
        assertTrue(alice.profileOf("sip:chat-room42@domain2.test").isEmpty());
        assertTrue(alice.profileOf("sip:bob@domain1.test").isEmpty());
        assertTrue(alice.profileOf(null).isEmpty());
    }

    @Test
    void defaultDisplayName() {
        assertEquals("Alice & <Co>", alice.defaultDisplayName("sip:alice@domain1.test"));
        assertNull(alice.defaultDisplayName("tel:+15551001"));
        assertNull(alice.defaultDisplayName("sip:bob@domain1.test"));
    }

    @Test
    void ifcsByPriority() {
        String doc = "<IMSSubscription><PrivateID>p</PrivateID><ServiceProfile><PublicIdentity>"
                + "<Identity>sip:p@d</Identity></PublicIdentity>"
                + ifc(5, "sip:a") + ifc(1, "sip:b") + ifc(5, "sip:c")
                + "</ServiceProfile></IMSSubscription>";
        ServiceProfile sp = ImsSubscription.parse(doc).serviceProfiles().get(0);
        assertEquals(List.of("sip:b", "sip:a", "sip:c"),
                sp.ifcsByPriority().stream().map(InitialFilterCriteria::applicationServer).toList());
    }

    @Test
    void recordsAreImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> alice.serviceProfiles().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> alice.serviceProfiles().get(0).publicIdentities().clear());
        assertThrows(UnsupportedOperationException.class, () -> alice.serviceProfiles().get(0).ifcs().clear());
        assertThrows(UnsupportedOperationException.class, () -> alice.allPublicIdentities().clear());
    }

    @Test
    void optionalElementsTakeTheirDefaults() {
        String doc = "<IMSSubscription><PrivateID> bob@domain2.test </PrivateID><ServiceProfile>"
                + "<PublicIdentity><Identity>sip:bob@domain2.test</Identity></PublicIdentity>"
                + "<PublicIdentity><BarringIndication>true</BarringIndication><Identity>sip:b2@domain2.test"
                + "</Identity><Extension><IdentityType>1</IdentityType></Extension></PublicIdentity>"
                + "<InitialFilterCriteria><Priority>2</Priority><ApplicationServer><ServerName>sip:as"
                + "</ServerName></ApplicationServer></InitialFilterCriteria>"
                + "</ServiceProfile></IMSSubscription>";
        ImsSubscription bob = ImsSubscription.parse(doc);
        assertEquals("bob@domain2.test", bob.privateId());
        assertEquals(new PublicIdentity("sip:bob@domain2.test", false, 0, null, null),
                bob.allPublicIdentities().get(0));
        assertEquals(new PublicIdentity("sip:b2@domain2.test", true, PublicIdentity.DISTINCT_PSI, null, null),
                bob.allPublicIdentities().get(1));
        InitialFilterCriteria ifc = bob.serviceProfiles().get(0).ifcs().get(0);
        assertEquals(InitialFilterCriteria.SESSION_CONTINUED, ifc.defaultHandling());
        assertNull(ifc.serviceInfo());
        assertEquals(-1, ifc.profilePartIndicator());
        assertEquals(List.of("sip:bob@domain2.test"), bob.registrableIdentities());
    }

    private static String ifc(int priority, String server) {
        return "<InitialFilterCriteria><Priority>" + priority + "</Priority><ApplicationServer><ServerName>"
                + server + "</ServerName></ApplicationServer></InitialFilterCriteria>";
    }

    /** The text of the n-th (0-based) element {@code name} in {@code doc}, from its start tag to its end tag. */
    private static String nthElement(String doc, String name, int n) {
        int from = -1;
        for (int i = 0; i <= n; i++) {
            from = doc.indexOf("<" + name + ">", from + 1);
        }
        String end = "</" + name + ">";
        return doc.substring(from, doc.indexOf(end, from) + end.length());
    }
}
