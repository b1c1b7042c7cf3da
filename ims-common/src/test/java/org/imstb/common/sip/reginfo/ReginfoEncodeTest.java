package org.imstb.common.sip.reginfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden encoding, escaping, and encode→decode round trips. */
class ReginfoEncodeTest {

    private static final Reginfo TWO_REGISTRATIONS = new Reginfo(7, Reginfo.State.PARTIAL, List.of(
            new Registration("sip:alice@domain1.test", "reg-a1", RegState.ACTIVE, List.of(
                    new Contact("c-1", ContactState.ACTIVE, ContactEvent.REGISTERED, 600,
                            "sip:alice@[2001:db8:1::10]:5060", "Alice"),
                    new Contact("c-2", ContactState.TERMINATED, ContactEvent.DEACTIVATED, 0,
                            "sip:alice@[2001:db8:1::11]:5060", null))),
            new Registration("tel:+15551001", "reg-a2", RegState.INIT, List.of())));

    @Test
    void constants() {
        assertEquals("application/reginfo+xml", ReginfoXml.MEDIA_TYPE);
        assertEquals(ReginfoXml.MEDIA_TYPE, ReginfoXml.CONTENT_TYPE + "/" + ReginfoXml.CONTENT_SUBTYPE);
        assertEquals("reg", ReginfoXml.EVENT_PACKAGE);
        assertEquals("urn:ietf:params:xml:ns:reginfo", ReginfoXml.NAMESPACE);
    }

    @Test
    void encodesGolden() throws IOException {
        assertEquals(ReginfoDecodeTest.resource("encoded-two-registrations.xml"),
                ReginfoXml.encode(TWO_REGISTRATIONS));
    }

    @Test
    void encodesRfcStyleSingleContact() {
        Reginfo r = new Reginfo(0, Reginfo.State.FULL, List.of(new Registration("sip:user@example.com", "as9",
                RegState.ACTIVE, List.of(new Contact("76", ContactState.ACTIVE, ContactEvent.REGISTERED, 600,
                        "sip:user@pc887.example.com", null)))));
        assertEquals("""
                <?xml version="1.0"?>
                <reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="0" state="full">
                  <registration aor="sip:user@example.com" id="as9" state="active">
                    <contact id="76" state="active" event="registered" expires="600">
                      <uri>sip:user@pc887.example.com</uri>
                    </contact>
                  </registration>
                </reginfo>
                """, ReginfoXml.encode(r));
    }

    @Test
    void encodesEmptyDocument() {
        assertEquals("""
                <?xml version="1.0"?>
                <reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="12" state="full"/>
                """, ReginfoXml.encode(new Reginfo(12, Reginfo.State.FULL, List.of())));
    }

    @Test
    void escapesAttributesAndText() {
        Reginfo r = new Reginfo(1, Reginfo.State.FULL, List.of(new Registration(
                "sip:a&b@d.test;p=\"<q>\"", "id'1", RegState.ACTIVE, List.of(new Contact("c\t1",
                ContactState.ACTIVE, ContactEvent.REGISTERED, null, "sip:x@h;y=<&>", "\"Al\" & <Co> 'x'")))));
        String xml = ReginfoXml.encode(r);
        assertTrue(xml.contains("<registration aor=\"sip:a&amp;b@d.test;p=&quot;&lt;q&gt;&quot;\" id=\"id'1\""),
                xml);
        assertTrue(xml.contains("<contact id=\"c&#9;1\" state=\"active\" event=\"registered\">"), xml);
        assertTrue(xml.contains("<uri>sip:x@h;y=&lt;&amp;&gt;</uri>"), xml);
        assertTrue(xml.contains("<display-name>\"Al\" &amp; &lt;Co&gt; 'x'</display-name>"), xml);
        assertEquals(r, ReginfoXml.decode(xml));
    }

    @Test
    void roundTripsWhitespaceAndNonAscii() {
        Reginfo r = new Reginfo(Integer.MAX_VALUE, Reginfo.State.PARTIAL, List.of(new Registration(
                "sip:j\u00fcrgen@d.test", "a\nb\r", RegState.TERMINATED, List.of(new Contact("1",
                ContactState.TERMINATED, ContactEvent.PROBATION, 0, "sip:h", " J\u00fcrgen \uD83D\uDCDE\r\n ")))));
        assertEquals(r, ReginfoXml.decode(ReginfoXml.encode(r)));
    }

    @Test
    void roundTripsGoldenModelsAndDocuments() throws IOException {
        assertEquals(TWO_REGISTRATIONS, ReginfoXml.decode(ReginfoXml.encode(TWO_REGISTRATIONS)));
        for (String name : List.of("rfc3680-5.3-example.xml", "rfc3680-6-notify-full-init.xml",
                "rfc3680-6-notify-partial-active.xml", "ts24229-implicit-set.xml")) {
            Reginfo decoded = ReginfoXml.decode(ReginfoDecodeTest.resource(name));
            assertEquals(decoded, ReginfoXml.decode(ReginfoXml.encode(decoded)), name);
        }
    }

    @Test
    void rejectsCharactersXmlCannotCarry() {
        Reginfo r = new Reginfo(0, Reginfo.State.FULL, List.of(new Registration("sip:a@d", "r",
                RegState.ACTIVE, List.of(new Contact("c", ContactState.ACTIVE, ContactEvent.REGISTERED, null,
                "sip:a@h", "bell\u0007")))));
        ReginfoException e = assertThrows(ReginfoException.class, () -> ReginfoXml.encode(r));
        assertEquals("reginfo/registration[1]/contact[1]/display-name: character U+0007 cannot be carried in XML",
                e.getMessage());
    }
}
