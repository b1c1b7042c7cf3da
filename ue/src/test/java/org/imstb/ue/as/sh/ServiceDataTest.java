package org.imstb.ue.as.sh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The small ServiceData documents of the example services, without sockets. */
class ServiceDataTest {
    @Test
    void writesEscapedElementsAndReadsThemBack() {
        String data = ServiceData.element("registrations", 3) + ServiceData.element("note", "a<b & c");
        assertEquals("<registrations>3</registrations><note>a&lt;b &amp; c</note>", data);
        assertEquals(3, ServiceData.count(data, "registrations"));
        assertEquals("a<b & c", ServiceData.text(data, "note"));
    }

    @Test
    void anythingUnreadableCountsAsZero() {
        assertEquals(0, ServiceData.count(null, "registrations"), "no data yet");
        assertEquals(0, ServiceData.count("<other>5</other>", "registrations"), "no such element");
        assertEquals(0, ServiceData.count("<registrations>many</registrations>", "registrations"));
        assertEquals(0, ServiceData.count("<registrations>-4</registrations>", "registrations"));
        assertEquals(0, ServiceData.count("<registrations>7", "registrations"), "not well-formed");
        assertNull(ServiceData.text("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>", "x"),
                "no DTDs");
    }

    @Test
    void toleratesBlanksAndANamespaceAsTheHssMayReturnThem() {
        assertEquals(12, ServiceData.count(" <n:messages xmlns:n=\"urn:x\"> 12 </n:messages>\n", "messages"));
    }
}
