package org.imstb.common.sip.reginfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden decoding: the RFC 3680 examples and a TS 24.229 implicit-set notification, field by field. */
class ReginfoDecodeTest {

    static String resource(String name) throws IOException {
        try (InputStream in = ReginfoDecodeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rfc3680Section6FullInit() throws IOException {
        Reginfo r = ReginfoXml.decode(resource("rfc3680-6-notify-full-init.xml"));
        assertEquals(0, r.version());
        assertEquals(Reginfo.State.FULL, r.state());
        assertEquals(List.of(new Registration("sip:joe@example.com", "a7", RegState.INIT, List.of())),
                r.registrations());
    }

    @Test
    void rfc3680Section6PartialActive() throws IOException {
        Reginfo r = ReginfoXml.decode(resource("rfc3680-6-notify-partial-active.xml"));
        assertEquals(1, r.version());
        assertEquals(Reginfo.State.PARTIAL, r.state());
        assertEquals(1, r.registrations().size());
        Registration reg = r.registrations().get(0);
        assertEquals("sip:joe@example.com", reg.aor());
        assertEquals("a7", reg.id());
        assertEquals(RegState.ACTIVE, reg.state());
        assertEquals(1, reg.contacts().size());
        Contact c = reg.contacts().get(0);
        assertEquals("76", c.id());
        assertEquals(ContactState.ACTIVE, c.state());
        assertEquals(ContactEvent.REGISTERED, c.event());
        assertNull(c.expires());
        assertEquals("sip:joe@pc34.example.com", c.uri());
        assertNull(c.displayName());
    }

    @Test
    void rfc3680Section53Example() throws IOException {
        Reginfo r = ReginfoXml.decode(resource("rfc3680-5.3-example.xml"));
        assertEquals(new Reginfo(0, Reginfo.State.FULL, List.of(
                new Registration("sip:user@example.com", "as9", RegState.ACTIVE, List.of(
                        new Contact("76", ContactState.ACTIVE, ContactEvent.REGISTERED, null,
                                "sip:user@pc887.example.com", null),
                        new Contact("77", ContactState.TERMINATED, ContactEvent.EXPIRED, null,
                                "sip:user@university.edu", null))))), r);
    }

    @Test
    void ts24229ImplicitSetWithTerminatedContacts() throws IOException {
        Reginfo r = ReginfoXml.decode(resource("ts24229-implicit-set.xml"));
        assertEquals(3, r.version());
        assertEquals(Reginfo.State.FULL, r.state());
        assertEquals(2, r.registrations().size());

        Registration sip = r.registrations().get(0);
        assertEquals("sip:alice@domain1.test", sip.aor());
        assertEquals("reg-a1", sip.id());
        assertEquals(RegState.ACTIVE, sip.state());
        assertEquals(List.of(
                new Contact("c-1", ContactState.ACTIVE, ContactEvent.REGISTERED, 599,
                        "sip:alice@[2001:db8:1::10]:5060;transport=udp", "Alice & <Co>"),
                new Contact("c-2", ContactState.TERMINATED, ContactEvent.DEACTIVATED, 0,
                        "sip:alice@[2001:db8:1::11]:5060", null)), sip.contacts());

        Registration tel = r.registration("tel:+15551001").orElseThrow();
        assertEquals("reg-a2", tel.id());
        assertEquals(RegState.TERMINATED, tel.state());
        assertEquals(List.of(
                new Contact("c-3", ContactState.TERMINATED, ContactEvent.EXPIRED, 0,
                        "sip:alice@[2001:db8:1::10]:5060;transport=udp", null),
                new Contact("c-4", ContactState.TERMINATED, ContactEvent.UNREGISTERED, 0,
                        "sip:alice@[2001:db8:1::12]:5060", null)), tel.contacts());

        assertTrue(r.registration("sip:not-this@x.test").isEmpty(), "extension content must be skipped");
    }

    @Test
    void unknownElementsOfOurNamespaceAreSkipped() {
        Reginfo r = ReginfoXml.decode("<reginfo xmlns='urn:ietf:params:xml:ns:reginfo' version='2' state='partial'"
                + " future='1'><future-element><contact id='x'/></future-element>"
                + "<registration aor='sip:a@d' id='r' state='active' extra='y'><note>n</note>"
                + "<contact id='c' state='active' event='refreshed' expires='30'><new-thing/>"
                + "<uri>\n  sip:a@h  \n</uri><display-name>  A  </display-name></contact></registration>"
                + "</reginfo>");
        assertEquals(new Reginfo(2, Reginfo.State.PARTIAL, List.of(new Registration("sip:a@d", "r",
                RegState.ACTIVE, List.of(new Contact("c", ContactState.ACTIVE, ContactEvent.REFRESHED, 30,
                        "sip:a@h", "  A  "))))), r);
    }

    @Test
    void prefixedReginfoNamespaceAndCdata() {
        Reginfo r = ReginfoXml.decode("<?xml version='1.0' encoding='UTF-8'?><!-- c --><ri:reginfo"
                + " xmlns:ri='urn:ietf:params:xml:ns:reginfo' version='0' state='full'><ri:registration"
                + " aor='sip:a@d' id='r' state='active'><ri:contact id='c' state='active' event='created'>"
                + "<ri:uri><![CDATA[sip:a@h;x=<y>]]></ri:uri></ri:contact></ri:registration></ri:reginfo>");
        Contact c = r.registrations().get(0).contacts().get(0);
        assertEquals(ContactEvent.CREATED, c.event());
        assertEquals("sip:a@h;x=<y>", c.uri());
    }

    @Test
    void allContactEventsDecode() {
        for (ContactEvent event : ContactEvent.values()) {
            Reginfo r = ReginfoXml.decode("<reginfo xmlns='urn:ietf:params:xml:ns:reginfo' version='0'"
                    + " state='full'><registration aor='sip:a@d' id='r' state='active'><contact id='c'"
                    + " state='active' event='" + event.xml() + "'><uri>sip:a@h</uri></contact>"
                    + "</registration></reginfo>");
            assertEquals(event, r.registrations().get(0).contacts().get(0).event());
        }
    }

    @Test
    void modelIsImmutable() throws IOException {
        Reginfo r = ReginfoXml.decode(resource("ts24229-implicit-set.xml"));
        assertThrows(UnsupportedOperationException.class, () -> r.registrations().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.registrations().get(0).contacts().clear());
    }
}
