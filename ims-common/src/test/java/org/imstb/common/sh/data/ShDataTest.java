package org.imstb.common.sh.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sh-Data (TS 29.328 Annex C/D) written and read back; a document as an AS sends it; malformed documents. */
class ShDataTest {
    static final String SERVICE_DATA = "<cf xmlns=\"urn:example:cf\"><target>sip:vm@domain1.test</target>"
            + "<note>a &amp; b &lt; c</note></cf>";

    static String resource(String name) throws Exception {
        try (InputStream in = ShDataTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheAnnexCLayout() {
        ShData d = new ShData(List.of("sip:alice@domain1.test"),
                List.of(new RepositoryData("cfu", 0, SERVICE_DATA)),
                new ShImsData("sip:scscf.domain1.test:6060", List.of(), ImsUserState.REGISTERED));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Sh-Data><PublicIdentifiers>"
                + "<IMSPublicIdentity>sip:alice@domain1.test</IMSPublicIdentity></PublicIdentifiers>"
                + "<RepositoryData><ServiceIndication>cfu</ServiceIndication><SequenceNumber>0</SequenceNumber>"
                + "<ServiceData>" + SERVICE_DATA + "</ServiceData></RepositoryData>"
                + "<Sh-IMS-Data><SCSCFName>sip:scscf.domain1.test:6060</SCSCFName>"
                + "<IMSUserState>1</IMSUserState></Sh-IMS-Data></Sh-Data>", d.toXml());
    }

    @Test
    void roundTripKeepsServiceDataAsText() {
        String ifc = "<InitialFilterCriteria><Priority>1</Priority><ApplicationServer>"
                + "<ServerName>sip:as.domain1.test</ServerName></ApplicationServer></InitialFilterCriteria>";
        ShData d = new ShData(List.of("sip:alice@domain1.test", "tel:+15551001"),
                List.of(new RepositoryData("cfu", 7, SERVICE_DATA), new RepositoryData("deleted", 8, null)),
                new ShImsData(null, List.of(ifc), ImsUserState.AUTHENTICATION_PENDING));
        ShData back = ShData.parse(d.toXml());
        assertEquals(d, back);
        assertEquals(SERVICE_DATA, back.repositoryData("cfu").orElseThrow().serviceData());
        assertNull(back.repositoryData("deleted").orElseThrow().serviceData());
    }

    @Test
    void readsADocumentAsAnApplicationServerSendsIt() throws Exception {
        ShData d = ShData.parse(resource("ts29328-repository-data.xml"));
        assertEquals(List.of("sip:alice@domain1.test", "tel:+15551001"), d.publicIdentities());
        RepositoryData cf = d.repositoryData("call-forwarding").orElseThrow();
        assertEquals(3, cf.sequenceNumber());
        assertTrue(cf.serviceData().startsWith("<ss:simservs xmlns:ss=\"http://uri.etsi.org/ngn/params/xml/"
                + "simservs/xcap\">"), cf.serviceData());
        assertTrue(cf.serviceData().contains("<ss:target>sip:voicemail@domain1.test</ss:target>"), cf.serviceData());
        assertEquals(new RepositoryData("empty", 65535, null), d.repositoryData("empty").orElseThrow());
        assertEquals("sip:scscf.domain1.test:6060", d.imsData().scscfName());
        assertEquals(ImsUserState.REGISTERED, d.imsData().imsUserState());
        assertEquals(1, d.imsData().initialFilterCriteria().size());
        assertTrue(d.imsData().initialFilterCriteria().get(0).startsWith("<InitialFilterCriteria><Priority>0"));
        // the namespaced ServiceData survives being written again and read back
        assertEquals(d, ShData.parse(d.toXml()));
    }

    @Test
    void sequenceNumbersWrapToOne() {
        assertEquals(1, RepositoryData.next(0));
        assertEquals(65535, RepositoryData.next(65534));
        assertEquals(1, RepositoryData.next(65535), "0 only ever means new data");
        assertEquals(new RepositoryData("x", 1, null), new RepositoryData("x", 65535, "<a/>").update(null));
        assertThrows(IllegalArgumentException.class, () -> new RepositoryData("x", 65536, null));
    }

    @Test
    void errorsNameTheElement() {
        assertEquals("Sh-Data/RepositoryData[1]: SequenceNumber missing", assertThrows(ShDataException.class,
                () -> ShData.parse("<Sh-Data><RepositoryData><ServiceIndication>a</ServiceIndication>"
                        + "</RepositoryData></Sh-Data>")).getMessage());
        assertEquals("Sh-Data/RepositoryData[2]/SequenceNumber: out of range 0..65535: 70000",
                assertThrows(ShDataException.class, () -> ShData.parse("<Sh-Data><RepositoryData>"
                        + "<ServiceIndication>a</ServiceIndication><SequenceNumber>1</SequenceNumber>"
                        + "</RepositoryData><RepositoryData><ServiceIndication>b</ServiceIndication>"
                        + "<SequenceNumber>70000</SequenceNumber></RepositoryData></Sh-Data>")).getMessage());
        assertEquals("Sh-Data: wrong root element <IMSSubscription>", assertThrows(ShDataException.class,
                () -> ShData.parse("<IMSSubscription/>")).getMessage());
        assertEquals("Sh-Data/Sh-IMS-Data/IMSUserState: out of range 0..3: 4", assertThrows(ShDataException.class,
                () -> ShData.parse("<Sh-Data><Sh-IMS-Data><IMSUserState>4</IMSUserState></Sh-IMS-Data></Sh-Data>"))
                .getMessage());
        ShDataException notXml = assertThrows(ShDataException.class, () -> ShData.parse("not xml"));
        assertEquals("Sh-Data", notXml.element());
        assertTrue(notXml.getMessage().startsWith("Sh-Data: not well-formed XML at line 1"), notXml.getMessage());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Sh-Data [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Sh-Data><RepositoryData><ServiceIndication>&x;</ServiceIndication>"
                + "<SequenceNumber>0</SequenceNumber></RepositoryData></Sh-Data>";
        assertEquals("Sh-Data", assertThrows(ShDataException.class, () -> ShData.parse(xxe)).element());
    }

    @Test
    void malformedServiceDataIsNotWritten() {
        ShData d = ShData.of(new RepositoryData("cfu", 0, "<open>"));
        assertEquals("ServiceData", assertThrows(ShDataException.class, d::toXml).element());
        ShData ifc = ShData.of(new ShImsData(null, List.of("<Priority>1</Priority>"), null));
        assertThrows(ShDataException.class, ifc::toXml);
    }
}
